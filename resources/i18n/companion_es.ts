<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>MediaPlayer</name>
    <message>
        <location filename="../../companion/ui/player.py" line="48" />
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/player.py" line="56" />
        <location filename="../../companion/ui/player.py" line="180" />
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../../companion/ui/player.py" line="57" />
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <location filename="../../companion/ui/player.py" line="59" />
        <source>−10 s</source>
        <translation>−10 s</translation>
    </message>
    <message>
        <location filename="../../companion/ui/player.py" line="60" />
        <source>Back 10 seconds</source>
        <translation>Retroceder 10 segundos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/player.py" line="62" />
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <location filename="../../companion/ui/player.py" line="63" />
        <source>Forward 10 seconds</source>
        <translation>Avanzar 10 segundos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/player.py" line="66" />
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../../companion/ui/player.py" line="72" />
        <source>Time played</source>
        <translation>Tiempo reproducido</translation>
    </message>
    <message>
        <location filename="../../companion/ui/player.py" line="74" />
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <location filename="../../companion/ui/player.py" line="80" />
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/player.py" line="114" />
        <source>This file cannot be played here: {0}</source>
        <translation>Este archivo no se puede reproducir aquí: {0}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/player.py" line="124" />
        <source>{0} (sound only)</source>
        <translation>{0} (solo sonido)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/player.py" line="180" />
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../companion/domain/agenda.py" line="47" />
        <location filename="../../companion/domain/agenda.py" line="51" />
        <source>{0} due</source>
        <translation>Entrega de {0}</translation>
    </message>
    <message>
        <location filename="../../companion/domain/timefmt.py" line="52" />
        <location filename="../../companion/domain/timefmt.py" line="61" />
        <location filename="../../companion/domain/timefmt.py" line="76" />
        <source>{0} (your time and course time)</source>
        <translation>{0} (tu hora y hora del curso)</translation>
    </message>
    <message>
        <location filename="../../companion/domain/timefmt.py" line="54" />
        <source>{0} (course time) · {1} (your time)</source>
        <translation>{0} (hora del curso) · {1} (tu hora)</translation>
    </message>
    <message>
        <location filename="../../companion/domain/timefmt.py" line="63" />
        <source>{0} (your time)</source>
        <translation>{0} (tu hora)</translation>
    </message>
    <message>
        <location filename="../../companion/domain/timefmt.py" line="78" />
        <source>{0} (your time) · {1} (course time)</source>
        <translation>{0} (tu hora) · {1} (hora del curso)</translation>
    </message>
    <message>
        <location filename="../../companion/domain/timefmt.py" line="85" />
        <source>This is at night where you are.</source>
        <translation>Para ti es de noche a esa hora.</translation>
    </message>
    <message>
        <location filename="../../companion/domain/schedule.py" line="156" />
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../../companion/domain/schedule.py" line="156" />
        <source>{0} days</source>
        <translation>{0} días</translation>
    </message>
    <message>
        <location filename="../../companion/domain/schedule.py" line="160" />
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../../companion/domain/schedule.py" line="160" />
        <source>{0} hours</source>
        <translation>{0} horas</translation>
    </message>
    <message>
        <location filename="../../companion/domain/schedule.py" line="164" />
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../../companion/domain/schedule.py" line="164" />
        <source>{0} minutes</source>
        <translation>{0} minutos</translation>
    </message>
    <message>
        <location filename="../../companion/domain/schedule.py" line="179" />
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <location filename="../../companion/domain/schedule.py" line="186" />
        <source>{0} left</source>
        <translation>quedan {0}</translation>
    </message>
    <message>
        <location filename="../../companion/domain/schedule.py" line="187" />
        <source>late by {0}</source>
        <translation>con {0} de retraso</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="22" />
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="23" />
        <source>Waiting to be sent</source>
        <translation>Esperando para enviarse</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="24" />
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="25" />
        <source>Upcoming</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="26" />
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="27" />
        <source>No attendance recorded</source>
        <translation>Sin asistencia registrada</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="28" />
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="88" />
        <source>Attendance recorded</source>
        <translation>Asistencia registrada</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="90" />
        <source>Happening now</source>
        <translation>En curso ahora</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="91" />
        <source>Join on the day</source>
        <translation>Conéctate ese día</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="93" />
        <source>The session is over</source>
        <translation>La sesión ha terminado</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="103" />
        <source>Passed: best score {0}/100</source>
        <translation>Aprobado: mejor nota {0}/100</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="108" />
        <source>Not attempted yet; pass mark {0}/100</source>
        <translation>Aún sin intentar; nota para aprobar {0}/100</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="110" />
        <source>Best score {0}/100, below the pass mark of {1}</source>
        <translation>Mejor nota {0}/100, por debajo de la nota para aprobar de {1}</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="113" />
        <source>; 1 attempt left</source>
        <translation>; queda 1 intento</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="114" />
        <source>; {0} attempts left</source>
        <translation>; quedan {0} intentos</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="124" />
        <source>Delivered to the portal</source>
        <translation>Entregado al portal</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="126" />
        <source>Submitted and kept on this computer until the portal takes it</source>
        <translation>Enviado y guardado en este ordenador hasta que el portal lo reciba</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="133" />
        <source>Draft saved, not submitted</source>
        <translation>Borrador guardado, sin enviar</translation>
    </message>
    <message>
        <location filename="../../companion/domain/completion.py" line="134" />
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location filename="../../companion/domain/reminders.py" line="59" />
        <source>You missed the reminder: the live session “{0}” started {1} ago. You can still join.</source>
        <translation>Te perdiste el recordatorio: la sesión en directo «{0}» empezó hace {1}. Todavía puedes unirte.</translation>
    </message>
    <message>
        <location filename="../../companion/domain/reminders.py" line="62" />
        <source>Live session “{0}” starts in {1}.</source>
        <translation>La sesión en directo «{0}» empieza en {1}.</translation>
    </message>
    <message>
        <location filename="../../companion/domain/reminders.py" line="67" />
        <source>{0}: {1} left.</source>
        <translation>{0}: quedan {1}.</translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <location filename="../../companion/ui/main_window.py" line="41" />
        <location filename="../../companion/ui/main_window.py" line="421" />
        <location filename="../../companion/ui/reminders.py" line="68" />
        <location filename="../../companion/ui/reminders.py" line="86" />
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="43" />
        <source>Opening your course…</source>
        <translation>Abriendo tu curso…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="50" />
        <location filename="../../companion/ui/main_window.py" line="80" />
        <source>Connection and last sync</source>
        <translation>Conexión y última sincronización</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="60" />
        <location filename="../../companion/ui/main_window.py" line="81" />
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="64" />
        <location filename="../../companion/ui/main_window.py" line="77" />
        <location filename="../../companion/ui/pages/submissions.py" line="179" />
        <location filename="../../companion/ui/pages/submissions.py" line="180" />
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="65" />
        <location filename="../../companion/ui/main_window.py" line="78" />
        <source>Sync now: send waiting work and check for course updates</source>
        <translation>Sincronizar ahora: enviar el trabajo pendiente y buscar novedades del curso</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="66" />
        <location filename="../../companion/ui/main_window.py" line="79" />
        <source>Sync now (F5)</source>
        <translation>Sincronizar ahora (F5)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="71" />
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="119" />
        <location filename="../../companion/ui/pages/settings.py" line="159" />
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="124" />
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="137" />
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="147" />
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="153" />
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="168" />
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="178" />
        <source>Companion could not open your data.

{0}

Nothing was changed or deleted.</source>
        <translation>Companion no pudo abrir tus datos.

{0}

No se cambió ni se borró nada.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="180" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="186" />
        <source>Could not open the data folder</source>
        <translation>No se pudo abrir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="189" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="190" />
        <source>&amp;Import course package…</source>
        <translation>&amp;Importar paquete de curso…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="194" />
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="198" />
        <source>Sign &amp;in to the portal…</source>
        <translation>&amp;Iniciar sesión en el portal…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="202" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="206" />
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="213" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="214" />
        <source>Try sync with a &amp;demo portal on this computer</source>
        <translation>Probar la sincronización con un portal de &amp;demostración en este ordenador</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="217" />
        <source>&amp;About Companion</source>
        <translation>&amp;Acerca de Companion</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="257" />
        <source>{0} · Companion</source>
        <translation>{0} · Companion</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="275" />
        <source>Downloading {0} · {1}</source>
        <translation>Descargando {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="287" />
        <source>Downloads: {0}</source>
        <translation>Descargas: {0}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="315" />
        <source>Your sign-in has expired or was removed. Your work is kept; sign in again and Companion carries on where it stopped.</source>
        <translation>Tu sesión ha caducado o se ha eliminado. Tu trabajo está guardado; vuelve a iniciar sesión y Companion sigue donde se quedó.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="316" />
        <location filename="../../companion/ui/pages/settings.py" line="185" />
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="322" />
        <source>Show all changes</source>
        <translation>Ver todos los cambios</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="323" />
        <source>Course updated</source>
        <translation>Curso actualizado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="327" />
        <source>This computer's clock is off by about {0:.0f} minutes. Companion judges deadlines by the portal's time; consider setting the clock right.</source>
        <translation>El reloj de este ordenador va desfasado unos {0:.0f} minutos. Companion juzga los plazos con la hora del portal; conviene poner el reloj en hora.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="341" />
        <source>Signed in as {0}.{1}</source>
        <translation>Sesión iniciada como {0}.{1}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="353" />
        <source>The demo portal is already running at {0}.</source>
        <translation>El portal de demostración ya funciona en {0}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="356" />
        <source>Starting a demo portal on this computer…</source>
        <translation>Iniciando un portal de demostración en este ordenador…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="372" />
        <source>A demo portal runs at {0} (login 'demo'). Submit something and watch it travel; the portal keeps what it receives in {1}.</source>
        <translation>Hay un portal de demostración en {0} (usuario «demo»). Envía algo y mira cómo viaja; el portal guarda lo que recibe en {1}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="382" />
        <source>Your time zone: {0}</source>
        <translation>Tu zona horaria: {0}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="384" />
        <source>No portal configured: work stays on this computer</source>
        <translation>Sin portal configurado: el trabajo se queda en este ordenador</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="386" />
        <source>Portal: {0} ({1})</source>
        <translation>Portal: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="387" />
        <source>Portal: {0} (not signed in)</source>
        <translation>Portal: {0} (sin sesión iniciada)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="390" />
        <source>Nothing waiting to be sent</source>
        <translation>Nada esperando para enviarse</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="392" />
        <source>1 item waiting to be sent</source>
        <translation>1 elemento esperando para enviarse</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="394" />
        <source>{0} items waiting to be sent</source>
        <translation>{0} elementos esperando para enviarse</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="396" />
        <source>{0} need your attention</source>
        <translation>{0} necesitan tu atención</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="398" />
        <source>Outbox: {0}</source>
        <translation>Bandeja de salida: {0}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="404" />
        <source>Choose a course package folder (it holds course.json)</source>
        <translation>Elige la carpeta de un paquete de curso (la que contiene course.json)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/widgets.py" line="38" />
        <source>{0} (optional)</source>
        <translation>{0} (opcional)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/widgets.py" line="97" />
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../companion/ui/widgets.py" line="98" />
        <source>Dismiss: {0}</source>
        <translation>Cerrar: {0}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/player.py" line="76" />
        <source>{0:g}×</source>
        <translation>{0:g}×</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="43" />
        <location filename="../../companion/ui/pages/quiz_runner.py" line="301" />
        <source>Question {0} of {1} · {2}</source>
        <translation>Pregunta {0} de {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="55" />
        <source>Option {0}: {1}</source>
        <translation>Opción {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="112" />
        <source>Questions answered</source>
        <translation>Preguntas respondidas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="128" />
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="129" />
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="130" />
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="131" />
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="132" />
        <source>Review and submit</source>
        <translation>Revisar y enviar</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="133" />
        <source>Review your answers before submitting</source>
        <translation>Revisa tus respuestas antes de enviarlas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="134" />
        <source>Save and leave</source>
        <translation>Guardar y salir</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="135" />
        <source>Leave the quiz; your answers are kept and you can resume later</source>
        <translation>Salir del cuestionario; tus respuestas se guardan y puedes continuar más tarde</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="136" />
        <source>Keys: ←/→ move · 1–4 or A–D choose · Enter next</source>
        <translation>Teclas: ←/→ moverse · 1–4 o A–D elegir · Intro siguiente</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="154" />
        <source>Your answers before submitting</source>
        <translation>Tus respuestas antes de enviar</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="158" />
        <location filename="../../companion/ui/pages/quiz_runner.py" line="159" />
        <source>Back to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="160" />
        <source>Submit answers</source>
        <translation>Enviar respuestas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="161" />
        <source>Submit your answers for grading</source>
        <translation>Enviar tus respuestas para calificarlas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="180" />
        <source>Each question with your answer, the correct answer and why</source>
        <translation>Cada pregunta con tu respuesta, la respuesta correcta y el porqué</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="182" />
        <location filename="../../companion/ui/pages/quizzes.py" line="180" />
        <location filename="../../companion/ui/pages/submissions.py" line="251" />
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="183" />
        <source>Start a new attempt at this quiz</source>
        <translation>Empezar un nuevo intento de este cuestionario</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="184" />
        <source>Practise the missed questions</source>
        <translation>Practicar las preguntas falladas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="185" />
        <source>Practise only the questions you missed</source>
        <translation>Practicar solo las preguntas que fallaste</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="186" />
        <source>Back to quizzes</source>
        <translation>Volver a los cuestionarios</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="187" />
        <source>Back to the list of quizzes</source>
        <translation>Volver a la lista de cuestionarios</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="300" />
        <source>{0} of {1} answered</source>
        <translation>{0} de {1} respondidas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="309" />
        <source>1 question not answered yet: {0}. Unanswered questions score nothing. Select it to go back to it.</source>
        <translation>1 pregunta sin responder: {0}. Las preguntas sin responder no puntúan. Selecciónala para volver a ella.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="311" />
        <source>{0} questions not answered yet: {1}. Unanswered questions score nothing. Select one to go back to it.</source>
        <translation>{0} preguntas sin responder: {1}. Las preguntas sin responder no puntúan. Selecciona una para volver a ella.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="315" />
        <source>Every question has an answer. Submit when you are ready.</source>
        <translation>Todas las preguntas tienen respuesta. Envía cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="340" />
        <source>Practice attempt: it does not count toward the certificate.</source>
        <translation>Intento de práctica: no cuenta para el certificado.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="342" />
        <source>Score {0:g}/100 · {1} (pass mark {2:g})</source>
        <translation>Nota {0:g}/100 · {1} (nota para aprobar {2:g})</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="348" />
        <source>{0} of {1} questions right · finished {2}.{3}</source>
        <translation>{0} de {1} preguntas correctas · terminado el {2}.{3}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quiz_runner.py" line="351" />
        <source>{0} of {1} right</source>
        <translation>{0} de {1} correctas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="24" />
        <location filename="../../companion/ui/pages/schedule.py" line="33" />
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="38" />
        <source>Whole course (agenda)</source>
        <translation>Todo el curso (agenda)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="38" />
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="39" />
        <source>One week</source>
        <translation>Una semana</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="39" />
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="40" />
        <source>Show the whole course or one week</source>
        <translation>Mostrar todo el curso o una semana</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="42" />
        <source>← Previous week</source>
        <translation>← Semana anterior</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="43" />
        <source>Show the previous week</source>
        <translation>Mostrar la semana anterior</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="45" />
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="46" />
        <source>Show this week</source>
        <translation>Mostrar esta semana</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="48" />
        <source>Next week →</source>
        <translation>Semana siguiente →</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="49" />
        <source>Show the next week</source>
        <translation>Mostrar la semana siguiente</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="52" />
        <source>Export to calendar…</source>
        <translation>Exportar al calendario…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="53" />
        <source>Export all sessions and deadlines to a calendar file</source>
        <translation>Exportar todas las sesiones y plazos a un archivo de calendario</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="64" />
        <source>Your time</source>
        <translation>Tu hora</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="65" />
        <location filename="../../companion/ui/pages/quizzes.py" line="60" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="66" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="67" />
        <source>Course time</source>
        <translation>Hora del curso</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="69" />
        <source>Live sessions and deadlines</source>
        <translation>Sesiones en directo y plazos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="74" />
        <source>Details of the selected item</source>
        <translation>Detalles del elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="77" />
        <location filename="../../companion/ui/pages/dashboard.py" line="74" />
        <source>Join meeting</source>
        <translation>Unirse a la reunión</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="78" />
        <source>Join the selected live session</source>
        <translation>Unirse a la sesión en directo seleccionada</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="80" />
        <source>I attended this session</source>
        <translation>Asistí a esta sesión</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="81" />
        <source>Record that you attended the selected session</source>
        <translation>Registrar que asististe a la sesión seleccionada</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="101" />
        <source>Times are shown in your zone, {0}, beside the course's zone, {1}. Today is marked in bold; past items are greyed.</source>
        <translation>Las horas se muestran en tu zona, {0}, junto a la del curso, {1}. Hoy aparece en negrita; lo pasado, en gris.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="144" />
        <source>Wrote {0} events to {1}. Import the file into Outlook, Google Calendar or Apple Calendar; importing it again updates the same events.</source>
        <translation>Se escribieron {0} eventos en {1}. Importa el archivo en Outlook, Google Calendar o Apple Calendar; si lo importas de nuevo, se actualizan los mismos eventos.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="179" />
        <source>Live session: {0} (host: {1})</source>
        <translation>Sesión en directo: {0} (organiza: {1})</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="186" />
        <source>Attended</source>
        <translation>Asististe</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="189" />
        <source>Over</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="190" />
        <source>In {0}</source>
        <translation>Dentro de {0}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="219" />
        <source>{0}
Hosted by {1}. {2}

{3}</source>
        <translation>{0}
Organiza: {1}. {2}

{3}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="225" />
        <source>{0}: {1} (your time), {2} (course time).</source>
        <translation>{0}: {1} (tu hora), {2} (hora del curso).</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="30" />
        <source>Passed · best {0:g}</source>
        <translation>Aprobado · mejor {0:g}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="32" />
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="34" />
        <source>Best {0:g}, below {1:g}</source>
        <translation>Mejor {0:g}, por debajo de {1:g}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="35" />
        <source>Overdue: practice only</source>
        <translation>Plazo vencido: solo práctica</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="35" />
        <source>Not attempted</source>
        <translation>Sin intentar</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="39" />
        <location filename="../../companion/ui/pages/quizzes.py" line="54" />
        <location filename="../../companion/ui/pages/quizzes.py" line="64" />
        <source>Quizzes</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="55" />
        <source>Each lecture has a quiz of 10 questions. Take it offline; you see your score and the correct answers at once, and you may try again.</source>
        <translation>Cada clase tiene un cuestionario de 10 preguntas. Hazlo sin conexión: ves tu nota y las respuestas correctas al momento, y puedes repetirlo.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="60" />
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="61" />
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="62" />
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="69" />
        <source>Selected quiz</source>
        <translation>Cuestionario seleccionado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="74" />
        <source>One question at a time</source>
        <translation>Una pregunta cada vez</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="75" />
        <source>All questions on one page</source>
        <translation>Todas las preguntas en una página</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="76" />
        <source>How to show the questions</source>
        <translation>Cómo mostrar las preguntas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="77" />
        <source>Shuffle questions and options</source>
        <translation>Mezclar preguntas y opciones</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="78" />
        <source>Shuffle questions and options in the next attempt</source>
        <translation>Mezclar preguntas y opciones en el próximo intento</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="84" />
        <location filename="../../companion/ui/pages/quizzes.py" line="180" />
        <source>Start quiz</source>
        <translation>Empezar cuestionario</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="85" />
        <source>Start or resume the selected quiz</source>
        <translation>Empezar o continuar el cuestionario seleccionado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="87" />
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="88" />
        <source>Discard the unfinished attempt and start a new one</source>
        <translation>Descartar el intento sin terminar y empezar otro</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="90" />
        <source>Review selected attempt</source>
        <translation>Revisar el intento seleccionado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="91" />
        <source>Review the answers of the selected attempt</source>
        <translation>Revisar las respuestas del intento seleccionado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="98" />
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="99" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="100" />
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="101" />
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="103" />
        <source>Attempt history</source>
        <translation>Historial de intentos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="162" />
        <source>any number of attempts</source>
        <translation>intentos ilimitados</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="163" />
        <source>{0} of {1} attempts left</source>
        <translation>quedan {0} de {1} intentos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="164" />
        <source>{0} questions · pass mark {1:g}/100 · {2}</source>
        <translation>{0} preguntas · nota para aprobar {1:g}/100 · {2}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="167" />
        <location filename="../../companion/ui/pages/dashboard.py" line="185" />
        <location filename="../../companion/ui/pages/submissions.py" line="276" />
        <source>Due {0}</source>
        <translation>Plazo: {0}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="169" />
        <source>The deadline has passed: you can still practise, and attempts are recorded as practice.</source>
        <translation>El plazo ha pasado: todavía puedes practicar, y los intentos se registran como práctica.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="172" />
        <source>Best score: {0:g}/100 (passed)</source>
        <translation>Mejor nota: {0:g}/100 (aprobado)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="173" />
        <source>Best score: {0:g}/100 (not passed yet)</source>
        <translation>Mejor nota: {0:g}/100 (aún sin aprobar)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="176" />
        <source>An unfinished attempt is waiting: {0} of {1} answered.</source>
        <translation>Hay un intento sin terminar: {0} de {1} respondidas.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="179" />
        <source>Resume attempt</source>
        <translation>Continuar intento</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/quizzes.py" line="180" />
        <source>Practise</source>
        <translation>Practicar</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="37" />
        <location filename="../../companion/ui/pages/settings.py" line="43" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="45" />
        <location filename="../../companion/ui/pages/settings.py" line="51" />
        <source>Your time zone</source>
        <translation>Tu zona horaria</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="54" />
        <source>Use this zone</source>
        <translation>Usar esta zona</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="55" />
        <source>Use the time zone typed or chosen</source>
        <translation>Usar la zona horaria escrita o elegida</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="57" />
        <source>Use this computer's zone</source>
        <translation>Usar la zona de este ordenador</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="58" />
        <source>Use this computer's time zone</source>
        <translation>Usar la zona horaria de este ordenador</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="69" />
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="70" />
        <location filename="../../companion/ui/pages/settings.py" line="71" />
        <source>Remind me before live sessions and deadlines</source>
        <translation>Avisarme antes de las sesiones en directo y los plazos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="76" />
        <source>Before a live session</source>
        <translation>Antes de una sesión en directo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="76" />
        <location filename="../../companion/ui/pages/settings.py" line="77" />
        <location filename="../../companion/ui/pages/settings.py" line="134" />
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="77" />
        <source>Before a deadline</source>
        <translation>Antes de un plazo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="80" />
        <source>Save reminders</source>
        <translation>Guardar recordatorios</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="81" />
        <source>Save the reminder settings</source>
        <translation>Guardar los ajustes de recordatorios</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="89" />
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="90" />
        <source>Cap the bandwidth so the office line stays usable, and choose which version of a video to keep by default (low-bandwidth suits slow links).</source>
        <translation>Limita el ancho de banda para que la línea de la oficina siga siendo usable y elige qué versión de un vídeo guardar por defecto (la de bajo consumo va bien en conexiones lentas).</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="97" />
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="98" />
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="99" />
        <source>Bandwidth limit for downloads in kilobits per second</source>
        <translation>Límite de ancho de banda para descargas, en kilobits por segundo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="104" />
        <source>Version to download by default</source>
        <translation>Versión que se descarga por defecto</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="105" />
        <source>Bandwidth limit</source>
        <translation>Límite de ancho de banda</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="106" />
        <source>Download by default</source>
        <translation>Descargar por defecto</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="107" />
        <source>Only on unmetered connections</source>
        <translation>Solo en conexiones sin límite de datos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="108" />
        <source>Download only on unmetered connections</source>
        <translation>Descargar solo en conexiones sin límite de datos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="109" />
        <source>Downloads wait while the system says the connection is metered (charged by use)</source>
        <translation>Las descargas esperan mientras el sistema indique que la conexión es de uso medido (se cobra por consumo)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="114" />
        <source> MB a day</source>
        <translation> MB al día</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="115" />
        <source>no budget</source>
        <translation>sin presupuesto</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="116" />
        <source>Daily data budget for downloads in megabytes</source>
        <translation>Presupuesto diario de datos para descargas, en megabytes</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="117" />
        <source>Daily data budget</source>
        <translation>Presupuesto diario de datos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="120" />
        <source>Large files only between</source>
        <translation>Archivos grandes solo entre</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="121" />
        <source>Download large files only in off-peak hours</source>
        <translation>Descargar archivos grandes solo en horas valle</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="123" />
        <source>Off-peak hours start</source>
        <translation>Inicio de las horas valle</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="124" />
        <source>Off-peak hours end</source>
        <translation>Fin de las horas valle</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="129" />
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="130" />
        <source>Size from which a file counts as large, in megabytes</source>
        <translation>Tamaño a partir del cual un archivo cuenta como grande, en megabytes</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="135" />
        <source>· large means from</source>
        <translation>· grande significa desde</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="140" />
        <source>Off-peak hours</source>
        <translation>Horas valle</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="145" />
        <source>Save download settings</source>
        <translation>Guardar ajustes de descarga</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="146" />
        <source>Save the download settings</source>
        <translation>Guardar los ajustes de descarga</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="154" />
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="155" />
        <source>Space taken by downloaded lecture files. Freeing it removes only the downloads: your work, quiz results and the course notes stay.</source>
        <translation>Espacio que ocupan los archivos de clase descargados. Liberarlo borra solo las descargas: tu trabajo, los resultados de los cuestionarios y los apuntes del curso se quedan.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="159" />
        <source>Downloaded files</source>
        <translation>Archivos descargados</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="161" />
        <source>Space used per course</source>
        <translation>Espacio usado por curso</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="165" />
        <source>Free space…</source>
        <translation>Liberar espacio…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="166" />
        <source>Remove the downloaded files of the selected course</source>
        <translation>Borrar los archivos descargados del curso seleccionado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="174" />
        <source>Course portal</source>
        <translation>Portal del curso</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="176" />
        <source>The portal is where your submissions go and your course updates come from. Without one, your work stays safe on this computer and waits in the outbox.</source>
        <translation>El portal es adonde van tus entregas y de donde llegan las novedades del curso. Sin él, tu trabajo queda a salvo en este ordenador y espera en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="180" />
        <location filename="../../companion/ui/dialogs.py" line="25" />
        <source>https://portal.example.org</source>
        <translation>https://portal.example.org</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="181" />
        <location filename="../../companion/ui/dialogs.py" line="26" />
        <location filename="../../companion/ui/dialogs.py" line="32" />
        <source>Portal address</source>
        <translation>Dirección del portal</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="182" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="186" />
        <source>Sign in to the portal</source>
        <translation>Iniciar sesión en el portal</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="188" />
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="189" />
        <source>Sign out of the portal and forget the token</source>
        <translation>Cerrar sesión en el portal y olvidar el token</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="191" />
        <source>Start a demo portal on this computer</source>
        <translation>Iniciar un portal de demostración en este ordenador</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="192" />
        <source>Start a demo portal on this computer and sign in to it</source>
        <translation>Iniciar un portal de demostración en este ordenador e iniciar sesión en él</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="196" />
        <source>Save address</source>
        <translation>Guardar dirección</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="197" />
        <source>Save the portal address</source>
        <translation>Guardar la dirección del portal</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="199" />
        <source>Forget portal</source>
        <translation>Olvidar portal</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="200" />
        <source>Forget the portal address</source>
        <translation>Olvidar la dirección del portal</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="211" />
        <source>Course dates</source>
        <translation>Fechas del curso</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="215" />
        <source>Run the course from this week</source>
        <translation>Hacer el curso desde esta semana</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="216" />
        <source>Shift the course dates so it runs from this week</source>
        <translation>Desplazar las fechas del curso para que empiece esta semana</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="218" />
        <location filename="../../companion/ui/pages/dashboard.py" line="136" />
        <source>Back to published dates</source>
        <translation>Volver a las fechas publicadas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="219" />
        <source>Go back to the published course dates</source>
        <translation>Volver a las fechas publicadas del curso</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="227" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="228" />
        <source>The language of Companion's own words. Course content stays in the course's language; dates follow the language you pick.</source>
        <translation>El idioma de los textos propios de Companion. El contenido del curso sigue en su idioma; las fechas siguen el idioma que elijas.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="233" />
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="234" />
        <source>The computer's language</source>
        <translation>El idioma del ordenador</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="237" />
        <source>Use this language</source>
        <translation>Usar este idioma</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="238" />
        <source>Use the chosen language (Companion restarts)</source>
        <translation>Usar el idioma elegido (Companion se reinicia)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="240" />
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="241" />
        <source>Restart Companion in the chosen language</source>
        <translation>Reiniciar Companion en el idioma elegido</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="252" />
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="255" />
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="256" />
        <source>Open the data folder in your file manager</source>
        <translation>Abrir la carpeta de datos en el gestor de archivos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="275" />
        <source>Saved: {0}. Restart Companion to see it; your work is kept as it is.</source>
        <translation>Guardado: {0}. Reinicia Companion para verlo; tu trabajo se conserva tal cual.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="292" />
        <source>Companion could not restart itself; please start it again.</source>
        <translation>Companion no pudo reiniciarse; vuelve a abrirlo tú.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="322" />
        <source>Downloaded today: {0}. {1}</source>
        <translation>Descargado hoy: {0}. {1}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="327" />
        <source>In all: {0} in {1}</source>
        <translation>En total: {0} en {1}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="335" />
        <source>{0} has no downloaded files.</source>
        <translation>{0} no tiene archivos descargados.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="338" />
        <source>Free space</source>
        <translation>Liberar espacio</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="338" />
        <source>Remove the downloaded files of {0} ({1})? You can download them again later.</source>
        <translation>¿Borrar los archivos descargados de {0} ({1})? Puedes volver a descargarlos más tarde.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="339" />
        <source>Remove downloads</source>
        <translation>Borrar descargas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="344" />
        <source>Freed {0}.</source>
        <translation>Se liberaron {0}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="354" />
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="354" />
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="355" />
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="356" />
        <source>Reminder lead in hours</source>
        <translation>Antelación del recordatorio en horas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="357" />
        <source>Reminder lead in minutes</source>
        <translation>Antelación del recordatorio en minutos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="369" />
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="391" />
        <source>Saved. Reminders are planned again from the schedule.</source>
        <translation>Guardado. Los recordatorios se vuelven a planificar a partir del calendario.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="414" />
        <source>No portal set: nothing is sent anywhere.</source>
        <translation>Sin portal: no se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="418" />
        <source>Signed in as {0}. {1}</source>
        <translation>Sesión iniciada como {0}. {1}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="420" />
        <source>Not signed in: submissions wait in the outbox until you sign in.</source>
        <translation>Sin sesión iniciada: las entregas esperan en la bandeja de salida hasta que inicies sesión.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="437" />
        <source>Times are shown in {0} ({1}) beside the course's own zone. This computer reports {2}.</source>
        <translation>Las horas se muestran en {0} ({1}) junto a la zona del propio curso. Este ordenador indica {2}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="442" />
        <source>Shifted by {0} weeks: now {1} – {2}. Published dates: {3}. Every session keeps its weekday and its time in {4}.</source>
        <translation>Desplazado {0} semanas: ahora {1} – {2}. Fechas publicadas: {3}. Cada sesión conserva su día de la semana y su hora en {4}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="444" />
        <source>As published: {0}.</source>
        <translation>Según lo publicado: {0}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="446" />
        <source>Everything you make is kept in {0}</source>
        <translation>Todo lo que haces se guarda en {0}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="460" />
        <source>Times are now shown in {0}.</source>
        <translation>Ahora las horas se muestran en {0}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="478" />
        <source>downloads run at most {0} kbit/s</source>
        <translation>las descargas van como máximo a {0} kbit/s</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="479" />
        <source>downloads run without a bandwidth limit</source>
        <translation>las descargas van sin límite de ancho de banda</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="496" />
        <source>Signed out; the token was removed from this computer.</source>
        <translation>Sesión cerrada; el token se borró de este ordenador.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="508" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/settings.py" line="508" />
        <source>Portal forgotten.</source>
        <translation>Portal olvidado.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="43" />
        <location filename="../../companion/ui/pages/dashboard.py" line="51" />
        <source>Dashboard</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="70" />
        <source>Next live session</source>
        <translation>Próxima sesión en directo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="75" />
        <source>Join the next live session</source>
        <translation>Unirse a la próxima sesión en directo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="81" />
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="85" />
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="86" />
        <source>Open the item with the next deadline</source>
        <translation>Abrir el elemento con el plazo más cercano</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="96" />
        <location filename="../../companion/ui/pages/dashboard.py" line="107" />
        <source>Certificate checklist</source>
        <translation>Lista para el certificado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="99" />
        <source>Certificate progress</source>
        <translation>Progreso hacia el certificado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="102" />
        <location filename="../../companion/ui/pages/submissions.py" line="163" />
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="103" />
        <location filename="../../companion/ui/pages/lectures.py" line="64" />
        <location filename="../../companion/ui/pages/submissions.py" line="74" />
        <location filename="../../companion/ui/pages/submissions.py" line="163" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="104" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="105" />
        <source>Due / starts (your time)</source>
        <translation>Plazo / inicio (tu hora)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="135" />
        <source>Dates shifted by {0} weeks so the course runs now. The published programme ran {1} – {2}; every session keeps its weekday and its time in {3}.</source>
        <translation>Fechas desplazadas {0} semanas para que el curso sea ahora. El programa publicado fue del {1} al {2}; cada sesión conserva su día de la semana y su hora en {3}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="140" />
        <source>This course ran {0:%d %b} – {1:%d %b %Y}, so every date is in the past. Shift it by whole weeks to try it as if it ran now.</source>
        <translation>Este curso fue del {0:%d %b} al {1:%d %b %Y}, así que todas las fechas ya pasaron. Desplázalo por semanas completas para probarlo como si fuera ahora.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="141" />
        <source>Run it from this week</source>
        <translation>Hacerlo desde esta semana</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="150" />
        <source>eligible for the certificate</source>
        <translation>con derecho al certificado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="151" />
        <source>not yet eligible</source>
        <translation>aún sin derecho al certificado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="152" />
        <source>{0} of {1} required items done · {2}</source>
        <translation>{0} de {1} elementos obligatorios hechos · {2}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="170" />
        <source>{0}
Hosted by {1}</source>
        <translation>{0}
Organiza: {1}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/schedule.py" line="188" />
        <location filename="../../companion/ui/pages/dashboard.py" line="172" />
        <source>Happening now</source>
        <translation>En curso ahora</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="173" />
        <source>Starts in {0}.</source>
        <translation>Empieza en {0}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="178" />
        <source>No live sessions ahead.</source>
        <translation>No hay sesiones en directo por delante.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="189" />
        <source>Due within a day: </source>
        <translation>Vence en menos de un día: </translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="189" />
        <source>Due soon: </source>
        <translation>Vence pronto: </translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/dashboard.py" line="194" />
        <source>No deadlines ahead.</source>
        <translation>No hay plazos por delante.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="30" />
        <location filename="../../companion/ui/pages/lectures.py" line="38" />
        <location filename="../../companion/ui/pages/lectures.py" line="47" />
        <source>Lectures</source>
        <translation>Clases</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="39" />
        <source>Self-paced lectures: read the notes offline, watch the previews when you are online.</source>
        <translation>Clases a tu ritmo: lee los apuntes sin conexión y mira los avances cuando tengas conexión.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="44" />
        <source>Lecture</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="63" />
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="63" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="65" />
        <source>Materials of this lecture</source>
        <translation>Materiales de esta clase</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="72" />
        <location filename="../../companion/ui/pages/lectures.py" line="245" />
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="73" />
        <source>Download the selected material for offline use</source>
        <translation>Descargar el material seleccionado para usarlo sin conexión</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="75" />
        <location filename="../../companion/ui/pages/lectures.py" line="218" />
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="76" />
        <source>Pause or resume the selected download</source>
        <translation>Pausar o reanudar la descarga seleccionada</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="78" />
        <source>Remove download</source>
        <translation>Borrar descarga</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="79" />
        <source>Remove the downloaded copy and free its space</source>
        <translation>Borrar la copia descargada y liberar su espacio</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="81" />
        <source>Download this lecture</source>
        <translation>Descargar esta clase</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="82" />
        <source>Download every material of this lecture</source>
        <translation>Descargar todos los materiales de esta clase</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="84" />
        <source>Download everything</source>
        <translation>Descargar todo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="85" />
        <source>Download every material of the course, smallest first</source>
        <translation>Descargar todos los materiales del curso, de menor a mayor</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="98" />
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="99" />
        <source>Open the selected online material in your browser</source>
        <translation>Abrir el material en línea seleccionado en tu navegador</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="26" />
        <location filename="../../companion/ui/pages/lectures.py" line="107" />
        <source>Lecture notes</source>
        <translation>Apuntes de la clase</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="25" />
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="25" />
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="25" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="26" />
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="26" />
        <source>Online link</source>
        <translation>Enlace en línea</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="114" />
        <source>PDF viewer</source>
        <translation>Visor de PDF</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="136" />
        <source>Lecture video and audio player</source>
        <translation>Reproductor de vídeo y audio de la clase</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="179" />
        <source>Online only: opens in your browser</source>
        <translation>Solo en línea: se abre en tu navegador</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="185" />
        <location filename="../../companion/ui/pages/lectures.py" line="191" />
        <source>Available offline</source>
        <translation>Disponible sin conexión</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="186" />
        <source>Online only · {0:.1f} MB</source>
        <translation>Solo en línea · {0:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="186" />
        <source>Online only</source>
        <translation>Solo en línea</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="188" />
        <source>Downloading {0}</source>
        <translation>Descargando {0}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="190" />
        <source>Update available</source>
        <translation>Actualización disponible</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="194" />
        <source>Paused at {0} %</source>
        <translation>En pausa al {0} %</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="196" />
        <source>Failed: {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="198" />
        <source>Queued · {0}</source>
        <translation>En cola · {0}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="198" />
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="199" />
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="218" />
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="230" />
        <source>Queued: {0}</source>
        <translation>En cola: {0}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="236" />
        <source>Everything asked for is already on this computer.</source>
        <translation>Todo lo pedido ya está en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="241" />
        <source>Download for offline use?</source>
        <translation>¿Descargar para usar sin conexión?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="242" />
        <source>This download is {0}</source>
        <translation>Esta descarga son {0}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="243" />
        <source>Downloads resume where they stopped if the connection drops. You can change the bandwidth limit, data budget and off-peak hours in Settings.</source>
        <translation>Las descargas continúan donde se quedaron si se corta la conexión. Puedes cambiar el límite de ancho de banda, el presupuesto de datos y las horas valle en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="248" />
        <source>Download cost</source>
        <translation>Coste de la descarga</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="316" />
        <source>This lecture has no materials.</source>
        <translation>Esta clase no tiene materiales.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="330" />
        <source>{0}: online only. It opens in your web browser.</source>
        <translation>{0}: solo en línea. Se abre en tu navegador.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="332" />
        <source>&lt;p&gt;This material lives online: &lt;a href="{0}"&gt;{1}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;It needs an internet connection. The lecture notes work offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este material está en línea: &lt;a href="{0}"&gt;{1}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Necesita conexión a internet. Los apuntes de la clase funcionan sin conexión.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="334" />
        <source>{0} · available offline</source>
        <translation>{0} · disponible sin conexión</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="349" />
        <source>{0} · not on this computer yet</source>
        <translation>{0} · aún no está en este ordenador</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="350" />
        <source>This material is not on this computer yet. Select Download to keep a copy for offline use; it resumes where it stopped if the connection drops.</source>
        <translation>Este material aún no está en este ordenador. Elige Descargar para guardar una copia para usarla sin conexión; continúa donde se quedó si se corta la conexión.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="357" />
        <source>{0} · available offline · {1} pages</source>
        <translation>{0} · disponible sin conexión · {1} páginas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="363" />
        <source>{0} · available offline · Space plays or pauses; it remembers where you stopped</source>
        <translation>{0} · disponible sin conexión · Espacio reproduce o pausa; recuerda dónde te quedaste</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/lectures.py" line="368" />
        <source>{0} is stored at {1}.</source>
        <translation>{0} está guardado en {1}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="46" />
        <source>Waiting for a connection</source>
        <translation>Esperando conexión</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="46" />
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="47" />
        <location filename="../../companion/ui/pages/submissions.py" line="224" />
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="47" />
        <source>Needs your attention</source>
        <translation>Necesita tu atención</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="48" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="48" />
        <source>Kept on this computer</source>
        <translation>Guardado en este ordenador</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="49" />
        <source>Essay</source>
        <translation>Ensayo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="49" />
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="49" />
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="50" />
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="50" />
        <source>Quiz attempt</source>
        <translation>Intento de cuestionario</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="51" />
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="55" />
        <location filename="../../companion/ui/pages/submissions.py" line="66" />
        <source>Submissions</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="67" />
        <source>Write and hand in your work here. It is saved on this computer as you go and waits safely in the outbox until the portal takes it.</source>
        <translation>Escribe y entrega aquí tu trabajo. Se guarda en este ordenador mientras escribes y espera a salvo en la bandeja de salida hasta que el portal lo recibe.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="73" />
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="76" />
        <source>Assignments</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="97" />
        <source>Your text</source>
        <translation>Tu texto</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="98" />
        <source>Start writing here. Your words are saved as you type.</source>
        <translation>Empieza a escribir aquí. Tus palabras se guardan mientras escribes.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="103" />
        <source>How much of one page the text fills</source>
        <translation>Cuánto de una página ocupa el texto</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="120" />
        <source>Chosen photos</source>
        <translation>Fotos elegidas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="122" />
        <source>Add photos…</source>
        <translation>Añadir fotos…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="123" />
        <source>Choose photos to add</source>
        <translation>Elegir fotos para añadir</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="125" />
        <source>Remove selected</source>
        <translation>Quitar la seleccionada</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="126" />
        <source>Remove the selected photo</source>
        <translation>Quitar la foto seleccionada</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="128" />
        <source>Photos are turned upright, made smaller for sending and stripped of their location before they leave this computer.</source>
        <translation>Las fotos se enderezan, se reducen para enviarlas y se les quita la ubicación antes de salir de este ordenador.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="147" />
        <source>What happened to your last submission of this assignment</source>
        <translation>Qué pasó con tu última entrega de esta tarea</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="152" />
        <location filename="../../companion/ui/pages/submissions.py" line="306" />
        <source>Submit</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="153" />
        <source>Submit this assignment</source>
        <translation>Entregar esta tarea</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="161" />
        <source>Outbox: everything you submitted</source>
        <translation>Bandeja de salida: todo lo que entregaste</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="164" />
        <source>Submitted</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="165" />
        <source>Receipt / note</source>
        <translation>Recibo / nota</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="168" />
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="172" />
        <source>Details of the selected outbox item</source>
        <translation>Detalles del elemento seleccionado de la bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="173" />
        <source>Send mine</source>
        <translation>Enviar la mía</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="174" />
        <source>Send this version to the portal (nothing is deleted)</source>
        <translation>Enviar esta versión al portal (no se borra nada)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="176" />
        <source>Keep the portal's</source>
        <translation>Quedarse con la del portal</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="177" />
        <source>Keep the portal's version; this one stays on this computer</source>
        <translation>Quedarse con la versión del portal; esta se queda en este ordenador</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="224" />
        <source>Submitted, waiting to be sent</source>
        <translation>Entregado, esperando para enviarse</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="225" />
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="225" />
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="233" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="251" />
        <source>Send mine as well</source>
        <translation>Enviar también la mía</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="277" />
        <source>No deadline</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="280" />
        <source>at most {0} words</source>
        <translation>como máximo {0} palabras</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="282" />
        <source>{0} to {1} photos</source>
        <translation>de {0} a {1} fotos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="306" />
        <source>Submit again</source>
        <translation>Entregar de nuevo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="324" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="330" />
        <source>{0} words of {1}</source>
        <translation>{0} palabras de {1}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="331" />
        <source>{0} words</source>
        <translation>{0} palabras</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="335" />
        <source>fits on one page</source>
        <translation>cabe en una página</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="335" />
        <source>too long for one page</source>
        <translation>demasiado largo para una página</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="336" />
        <source>about {0:.1f} page · {1}</source>
        <translation>unas {0:.1f} páginas · {1}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="345" />
        <source>{0}
{1:.0f} KB</source>
        <translation>{0}
{1:.0f} KB</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="361" />
        <source>Preparing photos…</source>
        <translation>Preparando fotos…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/pages/submissions.py" line="451" />
        <source>Saved on this computer</source>
        <translation>Guardado en este ordenador</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders.py" line="26" />
        <source>Join now</source>
        <translation>Unirse ahora</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders.py" line="27" />
        <source>Join the live session</source>
        <translation>Unirse a la sesión en directo</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders.py" line="28" />
        <source>Dismiss this reminder</source>
        <translation>Cerrar este recordatorio</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders.py" line="86" />
        <source>Companion: missed reminder</source>
        <translation>Companion: recordatorio perdido</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dialogs.py" line="18" />
        <location filename="../../companion/ui/dialogs.py" line="19" />
        <source>Sign in to the course portal</source>
        <translation>Iniciar sesión en el portal del curso</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dialogs.py" line="28" />
        <location filename="../../companion/ui/dialogs.py" line="33" />
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dialogs.py" line="31" />
        <location filename="../../companion/ui/dialogs.py" line="34" />
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dialogs.py" line="37" />
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dialogs.py" line="40" />
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dialogs.py" line="58" />
        <source>Enter your login and your password.</source>
        <translation>Escribe tu usuario y tu contraseña.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/dialogs.py" line="61" />
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/downloads.py" line="51" />
        <source>{0:.1f} MB/s</source>
        <translation>{0:.1f} MB/s</translation>
    </message>
    <message>
        <location filename="../../companion/ui/downloads.py" line="52" />
        <source>{0:.0f} kB/s</source>
        <translation>{0:.0f} kB/s</translation>
    </message>
    <message>
        <location filename="../../companion/ui/downloads.py" line="55" />
        <source>{0:.0f} min left</source>
        <translation>quedan {0:.0f} min</translation>
    </message>
    <message>
        <location filename="../../companion/ui/downloads.py" line="56" />
        <source>{0:.0f} s left</source>
        <translation>quedan {0:.0f} s</translation>
    </message>
</context>
</TS>