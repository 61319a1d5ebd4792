<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>MediaPlayer</name>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10 s</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>Retroceder 10 segundos</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>Avanzar 10 segundos</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Time played</source>
        <translation>Tiempo reproducido</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>This file cannot be played here: {0}</source>
        <translation>Este archivo no se puede reproducir aquí: {0}</translation>
    </message>
    <message>
        <source>{0} (sound only)</source>
        <translation>{0} (solo sonido)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>see &apos;{0} --help&apos;</source>
        <translation>consulte &apos;{0} --help&apos;</translation>
    </message>
    <message>
        <source>Its file came from a colleague&apos;s computer on this network (checked against the publisher&apos;s signature).</source>
        <translation>Su archivo llegó desde el equipo de un colega en esta red (comprobado con la firma del editor).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date like 2026-11-23</source>
        <translation>&apos;{0}&apos; no es una fecha como 2026-11-23</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a whole number above zero</source>
        <translation>&apos;{0}&apos; no es un número entero mayor que cero</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is back on its published dates.</source>
        <translation>&apos;{0}&apos; vuelve a sus fechas publicadas.</translation>
    </message>
    <message numerus="yes">
        <source>Shifted &apos;{0}&apos; by %n week(s): it now runs {1} to {2}, sessions at the same wall-clock time in {3}.</source>
        <translation>
            <numerusform>&apos;{0}&apos; se ha movido %n semana: ahora va del {1} al {2}, con las sesiones a la misma hora local de {3}.</numerusform>
            <numerusform>&apos;{0}&apos; se ha movido %n semanas: ahora va del {1} al {2}, con las sesiones a la misma hora local de {3}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(dates shifted by %n week(s))</source>
        <translation>
            <numerusform>(fechas movidas %n semana)</numerusform>
            <numerusform>(fechas movidas %n semanas)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}  {1}  v{2}  {3} to {4}</source>
        <translation>{0}  {1}  v{2}  {3} a {4}</translation>
    </message>
    <message>
        <source>{0}: {1} to {2}</source>
        <translation>{0}: del {1} al {2}</translation>
    </message>
    <message numerus="yes">
        <source>Dates shifted by %n week(s) from the published programme.</source>
        <translation>
            <numerusform>Fechas movidas %n semana respecto al programa publicado.</numerusform>
            <numerusform>Fechas movidas %n semanas respecto al programa publicado.</numerusform>
        </translation>
    </message>
    <message>
        <source>eligible for the certificate</source>
        <translation>con derecho al certificado</translation>
    </message>
    <message>
        <source>not yet eligible for the certificate</source>
        <translation>aún no cumple los requisitos del certificado</translation>
    </message>
    <message>
        <source>{0} of {1} required items done: {2}.</source>
        <translation>{0} de {1} elementos obligatorios hechos: {2}.</translation>
    </message>
    <message>
        <source>Certificate issued {0}, verification code {1}, withdrawn by the organizer (no longer valid; your copy is kept): {2}</source>
        <translation>Certificado emitido el {0}, código de verificación {1}, retirado por el organizador (ya no es válido; tu copia se conserva): {2}</translation>
    </message>
    <message>
        <source>Certificate issued {0}, verification code {1}: {2}</source>
        <translation>Certificado emitido el {0}, código de verificación {1}: {2}</translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation>Sesiones en directo</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(opcional)</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>empieza</translation>
    </message>
    <message>
        <source>due</source>
        <translation>vence</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n item(s) waiting to be sent, {0} needing attention, {1} delivered.</source>
        <translation>
            <numerusform>Bandeja de salida: %n elemento esperando envío, {0} requieren atención, {1} entregados.</numerusform>
            <numerusform>Bandeja de salida: %n elementos esperando envío, {0} requieren atención, {1} entregados.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: times in {1} (your time) and {2} (course time)</source>
        <translation>{0}: horas en {1} (tu hora) y {2} (hora del curso)</translation>
    </message>
    <message>
        <source>over</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>no se puede escribir {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to {0}; import it into Outlook, Google Calendar or Apple Calendar.</source>
        <translation>
            <numerusform>Se escribió %n evento en {0}; impórtalo en Outlook, Google Calendar o Apple Calendar.</numerusform>
            <numerusform>Se escribieron %n eventos en {0}; impórtalo en Outlook, Google Calendar o Apple Calendar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for {0} at {1}: </source>
        <translation>Contraseña de {0} en {1}: </translation>
    </message>
    <message>
        <source>no password was given</source>
        <translation>no se indicó ninguna contraseña</translation>
    </message>
    <message>
        <source>Set one up (or PYTHON_KEYRING_BACKEND) so `companion sync` can use your sign-in; nothing was stored.</source>
        <translation>Configura uno (o PYTHON_KEYRING_BACKEND) para que `companion sync` pueda usar tu inicio de sesión; no se guardó nada.</translation>
    </message>
    <message>
        <source>Signed in to {0} as {1}. The token is in your system keyring.</source>
        <translation>Sesión iniciada en {0} como {1}. El token está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the portal refuses more for now. Try again in {0} seconds.</source>
        <translation>Demasiados intentos de inicio de sesión fallidos: el portal no acepta más por ahora. Vuelve a intentarlo dentro de {0} segundos.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the portal refuses more for now. Try again in {0} minutes, at {1}.</source>
        <translation>Demasiados intentos de inicio de sesión fallidos: el portal no acepta más por ahora. Vuelve a intentarlo dentro de {0} minutos, a las {1}.</translation>
    </message>
    <message>
        <source>You are not signed in to {0}; `companion portals` lists the portals you are signed in to.</source>
        <translation>No ha iniciado sesión en {0}; `companion portals` enumera los portales en los que ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Signed out; the token was removed from this computer.</source>
        <translation>Sesión cerrada; el token se borró de este ordenador.</translation>
    </message>
    <message>
        <source>Not signed in to any portal; `companion login --portal URL --login NAME` signs in.</source>
        <translation>No ha iniciado sesión en ningún portal; `companion login --portal URL --login NOMBRE` inicia sesión.</translation>
    </message>
    <message>
        <source>sign-in expired: sign in again</source>
        <translation>sesión caducada: inicie sesión de nuevo</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>sesión iniciada</translation>
    </message>
    <message>
        <source>{0}  as {1} ({2}): {3}</source>
        <translation>{0}  como {1} ({2}): {3}</translation>
    </message>
    <message>
        <source>Courses: {0}</source>
        <translation>Cursos: {0}</translation>
    </message>
    <message>
        <source>Course update: {0}</source>
        <translation>Actualización del curso: {0}</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>needs revision: submit it again</source>
        <translation>necesita revisión: vuelva a entregarlo</translation>
    </message>
    <message>
        <source>Feedback from the organizer on {0}: {1}</source>
        <translation>Comentarios de la organización sobre «{0}»: {1}</translation>
    </message>
    <message>
        <source>Feedback from the organizer on {0}</source>
        <translation>Comentarios de la organización sobre «{0}»</translation>
    </message>
    <message>
        <source>Your certificate for {0} has arrived: {1}</source>
        <translation>Ha llegado tu certificado de {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is off by %n minute(s); deadlines are judged by the portal&apos;s time.</source>
        <translation>
            <numerusform>El reloj de este ordenador va desviado %n minuto; los plazos se juzgan con la hora del portal.</numerusform>
            <numerusform>El reloj de este ordenador va desviado %n minutos; los plazos se juzgan con la hora del portal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention: {0} &apos;{1}&apos; ({2}): {3}</source>
        <translation>Requiere atención: {0} &apos;{1}&apos; ({2}): {3}</translation>
    </message>
    <message>
        <source>cannot read {0} as UTF-8 text: {1}</source>
        <translation>no se puede leer {0} como texto UTF-8: {1}</translation>
    </message>
    <message>
        <source>cannot read survey answers from {0}: {1}</source>
        <translation>no se pueden leer las respuestas de la encuesta de {0}: {1}</translation>
    </message>
    <message>
        <source>Submitted &apos;{0}&apos; at {1} as {2}; it waits in the outbox until `companion sync` (or the app) delivers it.</source>
        <translation>&apos;{0}&apos; enviado el {1} como {2}; espera en la bandeja de salida hasta que `companion sync` (o la aplicación) lo entregue.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a computer&apos;s address like 192.168.1.20:8765</source>
        <translation>&apos;{0}&apos; no es la dirección de un equipo como 192.168.1.20:8765</translation>
    </message>
    <message>
        <source>Everything asked for is already available offline.</source>
        <translation>Todo lo pedido ya está disponible sin conexión.</translation>
    </message>
    <message>
        <source>Nothing to download.</source>
        <translation>Nada que descargar.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s), {0} in all.</source>
        <translation>
            <numerusform>Descargando %n archivo, {0} en total.</numerusform>
            <numerusform>Descargando %n archivos, {0} en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>quedan {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) came from {0} on this network.</source>
        <translation>
            <numerusform>%n archivo llegó desde {0} en esta red.</numerusform>
            <numerusform>%n archivos llegaron desde {0} en esta red.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: {0} ({1}): {2}</source>
        <translation>Falló: {0} ({1}): {2}</translation>
    </message>
    <message>
        <source>cannot share on port {0}: {1}</source>
        <translation>no se puede compartir en el puerto {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Sharing %n verified lecture file(s) on this network as {0} (port {1}); only those files, read-only. Press Ctrl+C to stop.</source>
        <translation>
            <numerusform>Compartiendo %n archivo de clase verificado en esta red como {0} (puerto {1}); solo ese archivo, de solo lectura. Pulsa Ctrl+C para detener.</numerusform>
            <numerusform>Compartiendo %n archivos de clase verificados en esta red como {0} (puerto {1}); solo esos archivos, de solo lectura. Pulsa Ctrl+C para detener.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped sharing; {0} sent.</source>
        <translation>Se dejó de compartir; se enviaron {0}.</translation>
    </message>
    <message>
        <source>Removed your attendance of &apos;{0}&apos;.</source>
        <translation>Se quitó tu asistencia a &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>Recorded your attendance of &apos;{0}&apos;.</source>
        <translation>Se registró tu asistencia a &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Nothing to review today. Questions you answer in quizzes come back here when they are due.</source>
        <translation>Hoy no hay nada que repasar. Las preguntas que respondes en los cuestionarios vuelven aquí cuando les toca.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to review today, about {0} minute(s). Missed ones come first.</source>
        <translation>
            <numerusform>%n pregunta para repasar hoy, unos {0} minuto(s). Las falladas van primero.</numerusform>
            <numerusform>%n preguntas para repasar hoy, unos {0} minuto(s). Las falladas van primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>missed</source>
        <translation>fallada</translation>
    </message>
    <message>
        <source>Run `companion review --take` to review them here.</source>
        <translation>Ejecuta `companion review --take` para repasarlas aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left · {0} · {1}</source>
        <translation>
            <numerusform>Queda %n pregunta · {0} · {1}</numerusform>
            <numerusform>Quedan %n preguntas · {0} · {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answer (numbers separated by commas; q to stop): </source>
        <translation>Tu respuesta (números separados por comas; q para terminar): </translation>
    </message>
    <message>
        <source>Your answer (a number; q to stop): </source>
        <translation>Tu respuesta (un número; q para terminar): </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. Reviewed %n question(s); the rest wait for you.</source>
        <translation>
            <numerusform>Parado. Has repasado %n pregunta; las demás te esperan.</numerusform>
            <numerusform>Parado. Has repasado %n preguntas; las demás te esperan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of an option, 1 to {0}.</source>
        <translation>Escribe el número de una opción, del 1 al {0}.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>No del todo.</translation>
    </message>
    <message>
        <source>The answer: {0}</source>
        <translation>La respuesta: {0}</translation>
    </message>
    <message>
        <source>Grade: {0} (inferred from your answer and time). Enter keeps it, or type 1 Again, 2 Hard, 3 Good, 4 Easy: </source>
        <translation>Calificación: {0} (deducida de tu respuesta y tu tiempo). Enter la mantiene, o escribe 1 Otra vez, 2 Difícil, 3 Bien, 4 Fácil: </translation>
    </message>
    <message>
        <source>Type 1, 2, 3 or 4, or press Enter.</source>
        <translation>Escribe 1, 2, 3 o 4, o pulsa Enter.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegida</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>deducida</translation>
    </message>
    <message>
        <source>Saved: {0} ({1}).</source>
        <translation>Guardado: {0} ({1}).</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n question(s) reviewed. Nothing else is due today.</source>
        <translation>
            <numerusform>Listo: %n pregunta repasada. Hoy no queda nada más.</numerusform>
            <numerusform>Listo: %n preguntas repasadas. Hoy no queda nada más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n question(s); more are due today.</source>
        <translation>
            <numerusform>Has repasado %n pregunta; hoy quedan más.</numerusform>
            <numerusform>Has repasado %n preguntas; hoy quedan más.</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>(details in {0})</source>
        <translation>(detalles en {0})</translation>
    </message>
    <message>
        <source>unexpected error: {0}: {1}</source>
        <translation>error inesperado: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>{0} due</source>
        <translation>Entrega de {0}</translation>
    </message>
    <message>
        <source>{0} (your time and course time)</source>
        <translation>{0} (tu hora y hora del curso)</translation>
    </message>
    <message>
        <source>{0} (your time)</source>
        <translation>{0} (tu hora)</translation>
    </message>
    <message>
        <source>{0} (your time) · {1} (course time)</source>
        <translation>{0} (tu hora) · {1} (hora del curso)</translation>
    </message>
    <message>
        <source>This is at night where you are.</source>
        <translation>Para ti es de noche a esa hora.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>quedan {0}</translation>
    </message>
    <message>
        <source>closed: the course has ended</source>
        <translation>cerrado: el curso ha terminado</translation>
    </message>
    <message>
        <source>deadline passed {0} ago</source>
        <translation>el plazo venció hace {0}</translation>
    </message>
    <message>
        <source>deadline passed</source>
        <translation>plazo vencido</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Esperando para enviarse</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>No attendance recorded</source>
        <translation>Sin asistencia registrada</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Asistencia registrada</translation>
    </message>
    <message>
        <source>Happening now</source>
        <translation>En curso ahora</translation>
    </message>
    <message>
        <source>Join on the day</source>
        <translation>Conéctate ese día</translation>
    </message>
    <message>
        <source>The session is over</source>
        <translation>La sesión ha terminado</translation>
    </message>
    <message>
        <source>Passed: best score {0}/100</source>
        <translation>Aprobado: mejor nota {0}/100</translation>
    </message>
    <message>
        <source>Not attempted yet; pass mark {0}/100</source>
        <translation>Aún sin intentar; nota para aprobar {0}/100</translation>
    </message>
    <message>
        <source>Best score {0}/100, below the pass mark of {1}</source>
        <translation>Mejor nota {0}/100, por debajo de la nota para aprobar de {1}</translation>
    </message>
    <message numerus="yes">
        <source>; %n attempt(s) left</source>
        <translation>
            <numerusform>; queda %n intento</numerusform>
            <numerusform>; quedan %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered to the portal</source>
        <translation>Entregado al portal</translation>
    </message>
    <message>
        <source>Accepted by the organizer</source>
        <translation>Aceptado por la organización</translation>
    </message>
    <message>
        <source>The organizer asked for a revision: submit it again</source>
        <translation>La organización pidió una revisión: vuelva a entregarlo</translation>
    </message>
    <message>
        <source>Submitted and kept on this computer until the portal takes it</source>
        <translation>Enviado y guardado en este ordenador hasta que el portal lo reciba</translation>
    </message>
    <message>
        <source>Draft saved, not submitted</source>
        <translation>Borrador guardado, sin enviar</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>You missed the reminder: the live session “{0}” started {1} ago. You can still join.</source>
        <translation>Te perdiste el recordatorio: la sesión en directo «{0}» empezó hace {1}. Todavía puedes unirte.</translation>
    </message>
    <message>
        <source>Live session “{0}” starts in {1}.</source>
        <translation>La sesión en directo «{0}» empieza en {1}.</translation>
    </message>
    <message>
        <source>{0}: {1} left.</source>
        <translation>{0}: quedan {1}.</translation>
    </message>
    <message>
        <source>Live session hosted by {0}.</source>
        <translation>Sesión en directo presentada por {0}.</translation>
    </message>
    <message>
        <source>Live session.</source>
        <translation>Sesión en directo.</translation>
    </message>
    <message>
        <source>Join: {0}</source>
        <translation>Unirse: {0}</translation>
    </message>
    <message>
        <source>Due: {0} ({1})</source>
        <translation>Vence: {0} ({1})</translation>
    </message>
    <message>
        <source>Deadline of the course {0}.</source>
        <translation>Plazo del curso {0}.</translation>
    </message>
    <message>
        <source>Required for the certificate.</source>
        <translation>Obligatorio para el certificado.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Opcional.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Repaso</translation>
    </message>
    <message numerus="yes">
        <source>Time to review: %n question(s) are due today.</source>
        <translation>
            <numerusform>Hora de repasar: hoy toca %n pregunta.</numerusform>
            <numerusform>Hora de repasar: hoy tocan %n preguntas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Opening your course…</source>
        <translation>Abriendo tu curso…</translation>
    </message>
    <message>
        <source>Connection and last sync</source>
        <translation>Conexión y última sincronización</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync now: send waiting work and check for course updates</source>
        <translation>Sincronizar ahora: enviar el trabajo pendiente y buscar novedades del curso</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>Sincronizar ahora (F5)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Companion could not open your data.

{0}

Nothing was changed or deleted.</source>
        <translation>Companion no pudo abrir tus datos.

{0}

No se cambió ni se borró nada.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Could not open the data folder</source>
        <translation>No se pudo abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import course package…</source>
        <translation>&amp;Importar paquete de curso…</translation>
    </message>
    <message>
        <source>Import course &amp;file…</source>
        <translation>Importar archivo de &amp;curso…</translation>
    </message>
    <message>
        <source>Import a course file (.ccb) from a colleague, a USB stick or the course team, or a course exported by Moodle, Canvas or another platform (.imscc)</source>
        <translation>Importar un archivo de curso (.ccb) de un colega, una memoria USB o el equipo del curso, o un curso exportado por Moodle, Canvas u otra plataforma (.imscc)</translation>
    </message>
    <message>
        <source>&amp;Export this course to a file…</source>
        <translation>&amp;Exportar este curso a un archivo…</translation>
    </message>
    <message>
        <source>Write this course and its offline files to one course file (.ccb) for a colleague</source>
        <translation>Guardar este curso y sus archivos sin conexión en un solo archivo de curso (.ccb) para un colega</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sign &amp;in to the portal…</source>
        <translation>&amp;Iniciar sesión en el portal…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Try sync with a &amp;demo portal on this computer</source>
        <translation>Probar la sincronización con un portal de &amp;demostración en este ordenador</translation>
    </message>
    <message>
        <source>&amp;About Companion</source>
        <translation>&amp;Acerca de Companion</translation>
    </message>
    <message>
        <source>{0} · Companion</source>
        <translation>{0} · Companion</translation>
    </message>
    <message>
        <source>Downloading {0} · {1}</source>
        <translation>Descargando {0} · {1}</translation>
    </message>
    <message>
        <source>Downloads: {0}</source>
        <translation>Descargas: {0}</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was removed. Your work is kept; sign in again and Companion carries on where it stopped.</source>
        <translation>Tu sesión ha caducado o se ha eliminado. Tu trabajo está guardado; vuelve a iniciar sesión y Companion sigue donde se quedó.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Your sign-in has expired.</source>
        <translation>Tu sesión ha caducado.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more change(s).</source>
        <translation>
            <numerusform>Y %n cambio más.</numerusform>
            <numerusform>Y %n cambios más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Course updated from the portal: {0}</source>
        <translation>Curso actualizado desde el portal: {0}</translation>
    </message>
    <message>
        <source>Show all changes</source>
        <translation>Ver todos los cambios</translation>
    </message>
    <message>
        <source>Course updated</source>
        <translation>Curso actualizado</translation>
    </message>
    <message>
        <source>Show feedback</source>
        <translation>Ver comentarios</translation>
    </message>
    <message>
        <source>Your certificate for {0} has arrived.</source>
        <translation>Ha llegado tu certificado de {0}.</translation>
    </message>
    <message>
        <source>Show certificate</source>
        <translation>Ver el certificado</translation>
    </message>
    <message>
        <source>Signed in as {0}.{1}</source>
        <translation>Sesión iniciada como {0}.{1}</translation>
    </message>
    <message>
        <source>The demo portal is already running at {0}.</source>
        <translation>El portal de demostración ya funciona en {0}.</translation>
    </message>
    <message>
        <source>Starting a demo portal on this computer…</source>
        <translation>Iniciando un portal de demostración en este ordenador…</translation>
    </message>
    <message>
        <source>A demo portal runs at {0} (login &apos;demo&apos;). Submit something and watch it travel; the portal keeps what it receives in {1}.</source>
        <translation>Hay un portal de demostración en {0} (usuario «demo»). Envía algo y mira cómo viaja; el portal guarda lo que recibe en {1}.</translation>
    </message>
    <message>
        <source>This installation of Companion does not include the demo portal.</source>
        <translation>Esta instalación de Companion no incluye el portal de demostración.</translation>
    </message>
    <message>
        <source>The demo portal did not start in time.</source>
        <translation>El portal de demostración no se inició a tiempo.</translation>
    </message>
    <message>
        <source>The demo portal stopped at once: {0}</source>
        <translation>El portal de demostración se detuvo enseguida: {0}</translation>
    </message>
    <message>
        <source>Your time zone: {0}</source>
        <translation>Tu zona horaria: {0}</translation>
    </message>
    <message>
        <source>No portal configured: work stays on this computer</source>
        <translation>Sin portal configurado: el trabajo se queda en este ordenador</translation>
    </message>
    <message>
        <source>Portal: {0} ({1})</source>
        <translation>Portal: {0} ({1})</translation>
    </message>
    <message>
        <source>Portal: {0} (not signed in)</source>
        <translation>Portal: {0} (sin sesión iniciada)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n elemento esperando para enviarse</numerusform>
            <numerusform>%n elementos esperando para enviarse</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>Nada esperando para enviarse</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) your attention</source>
        <translation>
            <numerusform>%n requiere tu atención</numerusform>
            <numerusform>%n requieren tu atención</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: {0}</source>
        <translation>Bandeja de salida: {0}</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by about {0} minutes. Companion judges deadlines by the portal&apos;s time; consider setting the clock right.</source>
        <translation>El reloj de este ordenador va desfasado unos {0} minutos. Companion juzga los plazos con la hora del portal; conviene poner el reloj en hora.</translation>
    </message>
    <message>
        <source>Choose a course package folder (it holds course.json)</source>
        <translation>Elige la carpeta de un paquete de curso (la que contiene course.json)</translation>
    </message>
    <message>
        <source>Import course file</source>
        <translation>Importar archivo de curso</translation>
    </message>
    <message>
        <source>Course files (*.ccb *.imscc);;Companion course files (*.ccb);;Common Cartridge (*.imscc);;Question banks: Moodle XML, GIFT, QTI (*.xml *.gift *.txt *.qti *.zip);;All files (*)</source>
        <translation>Archivos de curso (*.ccb *.imscc);;Archivos de curso de Companion (*.ccb);;Common Cartridge (*.imscc);;Bancos de preguntas: Moodle XML, GIFT, QTI (*.xml *.gift *.txt *.qti *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export course file</source>
        <translation>Exportar archivo de curso</translation>
    </message>
    <message>
        <source>Course files (*.ccb)</source>
        <translation>Archivos de curso (*.ccb)</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
    <message>
        <source>Open this course</source>
        <translation>Abrir este curso</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Guardando {0}…</translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation>Acerca de Companion</translation>
    </message>
    <message>
        <source>An offline-first companion for online training courses.

Your data: {0}</source>
        <translation>Un compañero para cursos de formación en línea que funciona sin conexión.

Tus datos: {0}</translation>
    </message>
    <message>
        <source>{0} (optional)</source>
        <translation>{0} (opcional)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss: {0}</source>
        <translation>Cerrar: {0}</translation>
    </message>
    <message>
        <source>Question {0} of {1} · {2}</source>
        <translation>Pregunta {0} de {1} · {2}</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Preguntas respondidas</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Verdadero o falso</translation>
    </message>
    <message>
        <source>Choose one answer</source>
        <translation>Elige una respuesta</translation>
    </message>
    <message>
        <source>Choose every answer that applies</source>
        <translation>Elige todas las respuestas que correspondan</translation>
    </message>
    <message>
        <source>Type a short answer</source>
        <translation>Escriba una respuesta breve</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>Escriba un número</translation>
    </message>
    <message>
        <source>Fill in every blank</source>
        <translation>Complete cada espacio en blanco</translation>
    </message>
    <message>
        <source>Match each item</source>
        <translation>Relacione cada elemento</translation>
    </message>
    <message>
        <source>Write your answer; the organizer grades it</source>
        <translation>Escriba su respuesta; la califica la organización</translation>
    </message>
    <message>
        <source>The deadline has passed: this attempt is practice and does not count toward the certificate.</source>
        <translation>El plazo ha vencido: este intento es de práctica y no cuenta para el certificado.</translation>
    </message>
    <message>
        <source>No counted attempts are left: this attempt is practice.</source>
        <translation>No quedan intentos que cuenten: este intento es de práctica.</translation>
    </message>
    <message>
        <source>Practice round with the questions you missed; it does not count toward the certificate.</source>
        <translation>Ronda de práctica con las preguntas que falló; no cuenta para el certificado.</translation>
    </message>
    <message>
        <source>Picture for this question</source>
        <translation>Imagen de esta pregunta</translation>
    </message>
    <message>
        <source>Your essay</source>
        <translation>Su ensayo</translation>
    </message>
    <message>
        <source>Blank {0}</source>
        <translation>Espacio {0}</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>{0} words: {1} over the limit of {2}. Shorten it before submitting; your text is kept.</source>
        <translation>{0} palabras: {1} por encima del límite de {2}. Acórtelo antes de enviar; su texto se conserva.</translation>
    </message>
    <message>
        <source>{0} words: at least {1} are asked for. Your text is kept.</source>
        <translation>{0} palabras: se piden al menos {1}. Su texto se conserva.</translation>
    </message>
    <message>
        <source>{0} words (between {1} and {2})</source>
        <translation>{0} palabras (entre {1} y {2})</translation>
    </message>
    <message>
        <source>{0} words (at most {1})</source>
        <translation>{0} palabras (como máximo {1})</translation>
    </message>
    <message>
        <source>{0} words (at least {1})</source>
        <translation>{0} palabras (como mínimo {1})</translation>
    </message>
    <message>
        <source>{0} words</source>
        <translation>{0} palabras</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>Revisar y enviar</translation>
    </message>
    <message>
        <source>Review your answers before submitting</source>
        <translation>Revisa tus respuestas antes de enviarlas</translation>
    </message>
    <message>
        <source>Save and leave</source>
        <translation>Guardar y salir</translation>
    </message>
    <message>
        <source>Leave the quiz; your answers are kept and you can resume later</source>
        <translation>Salir del cuestionario; tus respuestas se guardan y puedes continuar más tarde</translation>
    </message>
    <message>
        <source>Keys: ←/→ move · 1–4 or A–D choose · Enter next</source>
        <translation>Teclas: ←/→ moverse · 1–4 o A–D elegir · Intro siguiente</translation>
    </message>
    <message>
        <source>Your answers before submitting</source>
        <translation>Tus respuestas antes de enviar</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>Enviar respuestas</translation>
    </message>
    <message>
        <source>Submit your answers for grading</source>
        <translation>Enviar tus respuestas para calificarlas</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered yet: {0}. Unanswered questions score nothing. Select one to go back to it.</source>
        <translation>
            <numerusform>%n pregunta sin responder: {0}. Las preguntas sin respuesta no puntúan. Selecciónela para volver a ella.</numerusform>
            <numerusform>%n preguntas sin responder: {0}. Las preguntas sin respuesta no puntúan. Selecciona una para volver a ella.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal has received it.</source>
        <translation>El portal lo ha recibido.</translation>
    </message>
    <message>
        <source>The portal has not taken it yet: see the outbox on the Submissions page.</source>
        <translation>El portal todavía no lo ha aceptado: consulte la bandeja de salida en la página Entregas.</translation>
    </message>
    <message>
        <source>It is kept on this computer only.</source>
        <translation>Se conserva solo en este equipo.</translation>
    </message>
    <message>
        <source>Each question with your answer, the correct answer and why</source>
        <translation>Cada pregunta con tu respuesta, la respuesta correcta y el porqué</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Start a new attempt at this quiz</source>
        <translation>Empezar un nuevo intento de este cuestionario</translation>
    </message>
    <message>
        <source>Practise the missed questions</source>
        <translation>Practicar las preguntas falladas</translation>
    </message>
    <message>
        <source>Practise only the questions you missed</source>
        <translation>Practicar solo las preguntas que fallaste</translation>
    </message>
    <message>
        <source>Back to quizzes</source>
        <translation>Volver a los cuestionarios</translation>
    </message>
    <message>
        <source>Back to the list of quizzes</source>
        <translation>Volver a la lista de cuestionarios</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>Aún no aprobado</translation>
    </message>
    <message>
        <source>Score {0}/100 · {1} (pass mark {2})</source>
        <translation>Puntuación {0}/100 · {1} (nota mínima {2})</translation>
    </message>
    <message>
        <source>{0} of {1} questions right · finished {2}.</source>
        <translation>{0} de {1} preguntas correctas · terminado {2}.</translation>
    </message>
    <message>
        <source>{0} of {1} questions right.</source>
        <translation>{0} de {1} preguntas correctas.</translation>
    </message>
    <message>
        <source>It is queued for the portal.</source>
        <translation>Está en cola para el portal.</translation>
    </message>
    <message>
        <source>{0} of {1} answered</source>
        <translation>{0} de {1} respondidas</translation>
    </message>
    <message>
        <source>Question {0}: {1}</source>
        <translation>Pregunta {0}: {1}</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>Question {0}</source>
        <translation>Pregunta {0}</translation>
    </message>
    <message>
        <source>Your answer: {0}</source>
        <translation>Tu respuesta: {0}</translation>
    </message>
    <message>
        <source>Sent for the organizer to grade</source>
        <translation>Enviada para que la organización la califique</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Parcialmente correcta</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Incorrecta</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>{0} of {1} points</source>
        <translation>{0} de {1} puntos</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>tu respuesta</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>right</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>partly right</source>
        <translation>parcialmente correcta</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>incorrecta</translation>
    </message>
    <message>
        <source>Question {0}: {1} · {2}</source>
        <translation>Pregunta {0}: {1} · {2}</translation>
    </message>
    <message>
        <source>Every question has an answer. Submit when you are ready.</source>
        <translation>Todas las preguntas tienen respuesta. Envía cuando quieras.</translation>
    </message>
    <message>
        <source>Practice attempt: it does not count toward the certificate.</source>
        <translation>Intento de práctica: no cuenta para el certificado.</translation>
    </message>
    <message>
        <source>{0} of {1} right</source>
        <translation>{0} de {1} correctas</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Repaso</translation>
    </message>
    <message>
        <source>Whole course (agenda)</source>
        <translation>Todo el curso (agenda)</translation>
    </message>
    <message>
        <source>One week</source>
        <translation>Una semana</translation>
    </message>
    <message>
        <source>Show the whole course or one week</source>
        <translation>Mostrar todo el curso o una semana</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>← Previous week</source>
        <translation>← Semana anterior</translation>
    </message>
    <message>
        <source>Show the previous week</source>
        <translation>Mostrar la semana anterior</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Show this week</source>
        <translation>Mostrar esta semana</translation>
    </message>
    <message>
        <source>Next week →</source>
        <translation>Semana siguiente →</translation>
    </message>
    <message>
        <source>Show the next week</source>
        <translation>Mostrar la semana siguiente</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Exportar al calendario…</translation>
    </message>
    <message>
        <source>Export all sessions and deadlines to a calendar file</source>
        <translation>Exportar todas las sesiones y plazos a un archivo de calendario</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Tu hora</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation>Semana del {0}</translation>
    </message>
    <message>
        <source>Week of {0}: nothing scheduled</source>
        <translation>Semana del {0}: nada programado</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exportar al calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to {0}. Import the file into Outlook, Google Calendar or Apple Calendar; importing it again updates the same events.</source>
        <translation>
            <numerusform>Se escribió %n evento en {0}. Importa el archivo en Outlook, Google Calendar o Apple Calendar; al importarlo de nuevo se actualizan los mismos eventos.</numerusform>
            <numerusform>Se escribieron %n eventos en {0}. Importa el archivo en Outlook, Google Calendar o Apple Calendar; al importarlo de nuevo se actualizan los mismos eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Course time</source>
        <translation>Hora del curso</translation>
    </message>
    <message>
        <source>Live sessions and deadlines</source>
        <translation>Sesiones en directo y plazos</translation>
    </message>
    <message>
        <source>Details of the selected item</source>
        <translation>Detalles del elemento seleccionado</translation>
    </message>
    <message>
        <source>Join meeting</source>
        <translation>Unirse a la reunión</translation>
    </message>
    <message>
        <source>Join the selected live session</source>
        <translation>Unirse a la sesión en directo seleccionada</translation>
    </message>
    <message>
        <source>I attended this session</source>
        <translation>Asistí a esta sesión</translation>
    </message>
    <message>
        <source>Record that you attended the selected session</source>
        <translation>Registrar que asististe a la sesión seleccionada</translation>
    </message>
    <message>
        <source>Times are shown in your zone, {0}, beside the course&apos;s zone, {1}. Today is marked in bold; past items are greyed.</source>
        <translation>Las horas se muestran en tu zona, {0}, junto a la del curso, {1}. Hoy aparece en negrita; lo pasado, en gris.</translation>
    </message>
    <message>
        <source>{0} (your time) · {1} (course time)</source>
        <translation>{0} (tu hora) · {1} (hora del curso)</translation>
    </message>
    <message>
        <source>Live session: {0} (host: {1})</source>
        <translation>Sesión en directo: {0} (organiza: {1})</translation>
    </message>
    <message>
        <source>Live session: {0}</source>
        <translation>Sesión en directo: {0}</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asististe</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>In {0}</source>
        <translation>Dentro de {0}</translation>
    </message>
    <message>
        <source>Choose an item in the list to see its details.</source>
        <translation>Elija un elemento de la lista para ver sus detalles.</translation>
    </message>
    <message>
        <source>{0}
Hosted by {1}. {2}

{3}</source>
        <translation>{0}
Organiza: {1}. {2}

{3}</translation>
    </message>
    <message>
        <source>{0}: {1} (your time), {2} (course time).</source>
        <translation>{0}: {1} (tu hora), {2} (hora del curso).</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Passed · best {0}</source>
        <translation>Aprobado · mejor {0}</translation>
    </message>
    <message>
        <source>Best {0}, below {1}</source>
        <translation>Mejor {0}, por debajo de {1}</translation>
    </message>
    <message>
        <source>Overdue: practice only</source>
        <translation>Plazo vencido: solo práctica</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Sin intentar</translation>
    </message>
    <message>
        <source>Passed (practice)</source>
        <translation>Aprobado (práctica)</translation>
    </message>
    <message>
        <source>Not passed (practice)</source>
        <translation>No aprobado (práctica)</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Each lecture has a quiz of 10 questions. Take it offline; you see your score and the correct answers at once, and you may try again.</source>
        <translation>Cada clase tiene un cuestionario de 10 preguntas. Hazlo sin conexión: ves tu nota y las respuestas correctas al momento, y puedes repetirlo.</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>This course has no quizzes.</source>
        <translation>Este curso no tiene cuestionarios.</translation>
    </message>
    <message>
        <source>Selected quiz</source>
        <translation>Cuestionario seleccionado</translation>
    </message>
    <message>
        <source>One question at a time</source>
        <translation>Una pregunta cada vez</translation>
    </message>
    <message>
        <source>All questions on one page</source>
        <translation>Todas las preguntas en una página</translation>
    </message>
    <message>
        <source>How to show the questions</source>
        <translation>Cómo mostrar las preguntas</translation>
    </message>
    <message>
        <source>Show questions:</source>
        <translation>Mostrar las preguntas:</translation>
    </message>
    <message>
        <source>Shuffle questions and options</source>
        <translation>Mezclar preguntas y opciones</translation>
    </message>
    <message>
        <source>Shuffle questions and options in the next attempt</source>
        <translation>Mezclar preguntas y opciones en el próximo intento</translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation>Empezar cuestionario</translation>
    </message>
    <message>
        <source>Start or resume the selected quiz</source>
        <translation>Empezar o continuar el cuestionario seleccionado</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Discard the unfinished attempt and start a new one</source>
        <translation>Descartar el intento sin terminar y empezar otro</translation>
    </message>
    <message>
        <source>Review selected attempt</source>
        <translation>Revisar el intento seleccionado</translation>
    </message>
    <message>
        <source>Review the answers of the selected attempt</source>
        <translation>Revisar las respuestas del intento seleccionado</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Historial de intentos</translation>
    </message>
    <message>
        <source>No attempts yet. Start the quiz: your score and the correct answers show at once.</source>
        <translation>Aún no hay intentos. Empieza el cuestionario: verás tu puntuación y las respuestas correctas enseguida.</translation>
    </message>
    <message>
        <source>any number of attempts</source>
        <translation>intentos ilimitados</translation>
    </message>
    <message>
        <source>{0} of {1} attempts left</source>
        <translation>quedan {0} de {1} intentos</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) · pass mark {0}/100 · {1}</source>
        <translation>
            <numerusform>%n pregunta · nota mínima {0}/100 · {1}</numerusform>
            <numerusform>%n preguntas · nota mínima {0}/100 · {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Best score: {0}/100 (passed)</source>
        <translation>Mejor puntuación: {0}/100 (aprobado)</translation>
    </message>
    <message>
        <source>Best score: {0}/100 (not passed yet)</source>
        <translation>Mejor puntuación: {0}/100 (aún no aprobado)</translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation>Plazo: {0}</translation>
    </message>
    <message>
        <source>The deadline has passed: you can still practise, and attempts are recorded as practice.</source>
        <translation>El plazo ha pasado: todavía puedes practicar, y los intentos se registran como práctica.</translation>
    </message>
    <message>
        <source>An unfinished attempt is waiting: {0} of {1} answered.</source>
        <translation>Hay un intento sin terminar: {0} de {1} respondidas.</translation>
    </message>
    <message>
        <source>Resume attempt</source>
        <translation>Continuar intento</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>Practicar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>Tu zona horaria</translation>
    </message>
    <message>
        <source>Use this zone</source>
        <translation>Usar esta zona</translation>
    </message>
    <message>
        <source>Use the time zone typed or chosen</source>
        <translation>Usar la zona horaria escrita o elegida</translation>
    </message>
    <message>
        <source>Use this computer&apos;s zone</source>
        <translation>Usar la zona de este ordenador</translation>
    </message>
    <message>
        <source>Use this computer&apos;s time zone</source>
        <translation>Usar la zona horaria de este ordenador</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind me before live sessions and deadlines</source>
        <translation>Avisarme antes de las sesiones en directo y los plazos</translation>
    </message>
    <message>
        <source>Before a live session</source>
        <translation>Antes de una sesión en directo</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Before a deadline</source>
        <translation>Antes de un plazo</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Low bandwidth</source>
        <translation>Bajo ancho de banda</translation>
    </message>
    <message>
        <source>Audio only</source>
        <translation>Solo audio</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>Solo texto</translation>
    </message>
    <message>
        <source>Times are shown in {0} (chosen by you) beside the course&apos;s own zone. This computer reports {1}.</source>
        <translation>Las horas se muestran en {0} (elegida por ti) junto a la zona del curso. Este equipo indica {1}.</translation>
    </message>
    <message>
        <source>Times are shown in {0} (this computer&apos;s zone) beside the course&apos;s own zone.</source>
        <translation>Las horas se muestran en {0} (la zona de este equipo) junto a la zona del curso.</translation>
    </message>
    <message>
        <source>{0}, reminder {1}, in {2}</source>
        <translation>{0}, aviso {1}, en {2}</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Save reminders</source>
        <translation>Guardar recordatorios</translation>
    </message>
    <message>
        <source>Save the reminder settings</source>
        <translation>Guardar los ajustes de recordatorios</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Cap the bandwidth so the office line stays usable, and choose which version of a video to keep by default (low-bandwidth suits slow links).</source>
        <translation>Limita el ancho de banda para que la línea de la oficina siga siendo usable y elige qué versión de un vídeo guardar por defecto (la de bajo consumo va bien en conexiones lentas).</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Version to download by default</source>
        <translation>Versión que se descarga por defecto</translation>
    </message>
    <message>
        <source>Download by default</source>
        <translation>Descargar por defecto</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone this computer knows. Choose one from the list, or type a city such as Madrid or Seoul.</source>
        <translation>«{0}» no es una zona horaria que este ordenador conozca. Elige una de la lista o escribe una ciudad, como Madrid o Seúl.</translation>
    </message>
    <message>
        <source>Only on unmetered connections</source>
        <translation>Solo en conexiones sin límite de datos</translation>
    </message>
    <message>
        <source>Download only on unmetered connections</source>
        <translation>Descargar solo en conexiones sin límite de datos</translation>
    </message>
    <message>
        <source>Downloads wait while the system says the connection is metered (charged by use)</source>
        <translation>Las descargas esperan mientras el sistema indique que la conexión es de uso medido (se cobra por consumo)</translation>
    </message>
    <message>
        <source> MB a day</source>
        <translation> MB al día</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>sin presupuesto</translation>
    </message>
    <message>
        <source>Daily data budget for downloads in megabytes</source>
        <translation>Presupuesto diario de datos para descargas, en megabytes</translation>
    </message>
    <message>
        <source>Daily data budget</source>
        <translation>Presupuesto diario de datos</translation>
    </message>
    <message>
        <source>Large files only between</source>
        <translation>Archivos grandes solo entre</translation>
    </message>
    <message>
        <source>Download large files only in off-peak hours</source>
        <translation>Descargar archivos grandes solo en horas valle</translation>
    </message>
    <message>
        <source>Off-peak hours start</source>
        <translation>Horas valle: inicio</translation>
    </message>
    <message>
        <source>Off-peak hours end</source>
        <translation>Horas valle: fin</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>· large means from</source>
        <translation>· grande significa desde</translation>
    </message>
    <message>
        <source>downloads use at most about {0} of the connection</source>
        <translation>las descargas usan como máximo unos {0} de la conexión</translation>
    </message>
    <message>
        <source>Share with colleagues on this network</source>
        <translation>Compartir con colegas en esta red</translation>
    </message>
    <message>
        <source>Share my course files on this network</source>
        <translation>Compartir mis archivos del curso en esta red</translation>
    </message>
    <message>
        <source>It uses at most about {0} of this computer&apos;s connection.</source>
        <translation>Usa como máximo unos {0} de la conexión de este ordenador.</translation>
    </message>
    <message>
        <source>Its speed is not capped.</source>
        <translation>Su velocidad no tiene límite.</translation>
    </message>
    <message>
        <source>What is shared: only the lecture files downloaded and verified on this computer (checked that they are complete and unaltered), read-only. Never your answers, submissions, notes, sign-in or settings. With whom: anyone on this local network who runs Companion; their app fetches lecture files from this computer before the portal, so the office&apos;s connection carries each file once.</source>
        <translation>Qué se comparte: solo los archivos de clase descargados y verificados en este equipo (se comprobó que están completos y sin alteraciones), de solo lectura. Nunca tus respuestas, entregas, notas, inicio de sesión ni ajustes. Con quién: cualquier persona de esta red local que use Companion; su aplicación toma los archivos de clase de este equipo antes que del portal, así la conexión de la oficina transporta cada archivo una sola vez.</translation>
    </message>
    <message>
        <source>It also passes on the Companion update this computer has downloaded, so colleagues need not download it again; their Companion checks it against the publisher&apos;s signature.</source>
        <translation>También pasa la actualización de Companion que este equipo ha descargado, para que sus colegas no tengan que descargarla de nuevo; su Companion la comprueba con la firma del editor.</translation>
    </message>
    <message numerus="yes">
        <source>Sharing %n verified file(s) as {0} (port {1}).</source>
        <translation>
            <numerusform>Compartiendo %n archivo verificado como {0} (puerto {1}).</numerusform>
            <numerusform>Compartiendo %n archivos verificados como {0} (puerto {1}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sharing now: it could not start. Turn it off and on to try again.</source>
        <translation>Ahora no se comparte: no pudo iniciarse. Desactívelo y actívelo para intentarlo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Not sharing. %n verified file(s) could be shared.</source>
        <translation>
            <numerusform>No se comparte. Se podría compartir %n archivo verificado.</numerusform>
            <numerusform>No se comparte. Se podrían compartir %n archivos verificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sharing.</source>
        <translation>No se comparte.</translation>
    </message>
    <message>
        <source>Off-peak hours</source>
        <translation>Horas valle</translation>
    </message>
    <message>
        <source>Save download settings</source>
        <translation>Guardar ajustes de descarga</translation>
    </message>
    <message>
        <source>Save the download settings</source>
        <translation>Guardar los ajustes de descarga</translation>
    </message>
    <message>
        <source>The system says this connection is metered.</source>
        <translation>El sistema indica que esta conexión es de pago por uso.</translation>
    </message>
    <message>
        <source>The system says this connection is not metered.</source>
        <translation>El sistema indica que esta conexión no es de pago por uso.</translation>
    </message>
    <message>
        <source>This computer does not say whether the connection is metered, so “only on unmetered connections” cannot hold anything back.</source>
        <translation>Este equipo no indica si la conexión es de pago por uso, así que «solo en conexiones sin medición» no puede retener nada.</translation>
    </message>
    <message>
        <source>only on unmetered connections</source>
        <translation>solo en conexiones sin medición</translation>
    </message>
    <message>
        <source>up to {0} a day</source>
        <translation>hasta {0} al día</translation>
    </message>
    <message>
        <source>files from {0} wait for {1}–{2}</source>
        <translation>los archivos desde {0} esperan a las {1}–{2}</translation>
    </message>
    <message>
        <source>Saved: {0}.</source>
        <translation>Guardado: {0}.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Space taken by downloaded lecture files. Freeing it removes only the downloads: your work, quiz results and the course notes stay.</source>
        <translation>Espacio que ocupan los archivos de clase descargados. Liberarlo borra solo las descargas: tu trabajo, los resultados de los cuestionarios y los apuntes del curso se quedan.</translation>
    </message>
    <message>
        <source>Downloaded files</source>
        <translation>Archivos descargados</translation>
    </message>
    <message>
        <source>Space used per course</source>
        <translation>Espacio usado por curso</translation>
    </message>
    <message>
        <source>Free space…</source>
        <translation>Liberar espacio…</translation>
    </message>
    <message>
        <source>Remove the downloaded files of the selected course</source>
        <translation>Borrar los archivos descargados del curso seleccionado</translation>
    </message>
    <message>
        <source>Course portal</source>
        <translation>Portal del curso</translation>
    </message>
    <message>
        <source>The portal is where your submissions go and your course updates come from. Without one, your work stays safe on this computer and waits in the outbox.</source>
        <translation>El portal es adonde van tus entregas y de donde llegan las novedades del curso. Sin él, tu trabajo queda a salvo en este ordenador y espera en la bandeja de salida.</translation>
    </message>
    <message>
        <source>https://portal.example.org</source>
        <translation>https://portal.example.org</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Dirección del portal</translation>
    </message>
    <message>
        <source>Sign in to the portal</source>
        <translation>Iniciar sesión en el portal</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of the portal and forget the token</source>
        <translation>Cerrar sesión en el portal y olvidar el token</translation>
    </message>
    <message>
        <source>Start a demo portal on this computer</source>
        <translation>Iniciar un portal de demostración en este ordenador</translation>
    </message>
    <message>
        <source>Start a demo portal on this computer and sign in to it</source>
        <translation>Iniciar un portal de demostración en este ordenador e iniciar sesión en él</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>Guardar dirección</translation>
    </message>
    <message>
        <source>Save the portal address</source>
        <translation>Guardar la dirección del portal</translation>
    </message>
    <message>
        <source>Forget portal</source>
        <translation>Olvidar portal</translation>
    </message>
    <message>
        <source>Forget the portal address</source>
        <translation>Olvidar la dirección del portal</translation>
    </message>
    <message>
        <source>Course dates</source>
        <translation>Fechas del curso</translation>
    </message>
    <message>
        <source>Run the course from this week</source>
        <translation>Hacer el curso desde esta semana</translation>
    </message>
    <message>
        <source>Shift the course dates so it runs from this week</source>
        <translation>Desplazar las fechas del curso para que empiece esta semana</translation>
    </message>
    <message>
        <source>Back to published dates</source>
        <translation>Volver a las fechas publicadas</translation>
    </message>
    <message>
        <source>Go back to the published course dates</source>
        <translation>Volver a las fechas publicadas del curso</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message numerus="yes">
        <source>Shifted by %n week(s): now {0} – {1}. Published dates: {2}. Every session keeps its weekday and its time in {3}.</source>
        <translation>
            <numerusform>Desplazado %n semana: ahora {0} – {1}. Fechas publicadas: {2}. Cada sesión conserva su día de la semana y su hora en {3}.</numerusform>
            <numerusform>Desplazado %n semanas: ahora {0} – {1}. Fechas publicadas: {2}. Cada sesión conserva su día de la semana y su hora en {3}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of Companion&apos;s own words. Course content stays in the course&apos;s language; dates follow the language you pick.</source>
        <translation>El idioma de los textos propios de Companion. El contenido del curso sigue en su idioma; las fechas siguen el idioma que elijas.</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>El idioma del ordenador</translation>
    </message>
    <message>
        <source>Use this language</source>
        <translation>Usar este idioma</translation>
    </message>
    <message>
        <source>Use the chosen language (Companion restarts)</source>
        <translation>Usar el idioma elegido (Companion se reinicia)</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Restart Companion in the chosen language</source>
        <translation>Reiniciar Companion en el idioma elegido</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Open the data folder in your file manager</source>
        <translation>Abrir la carpeta de datos en el gestor de archivos</translation>
    </message>
    <message>
        <source>Saved: {0}. Restart Companion to see it; your work is kept as it is.</source>
        <translation>Guardado: {0}. Reinicia Companion para verlo; tu trabajo se conserva tal cual.</translation>
    </message>
    <message>
        <source>Companion could not restart itself; please start it again.</source>
        <translation>Companion no pudo reiniciarse; vuelve a abrirlo tú.</translation>
    </message>
    <message>
        <source>Downloaded today: {0}. {1}</source>
        <translation>Descargado hoy: {0}. {1}</translation>
    </message>
    <message>
        <source>In all: {0} in {1}</source>
        <translation>En total: {0} en {1}</translation>
    </message>
    <message>
        <source>{0} has no downloaded files.</source>
        <translation>{0} no tiene archivos descargados.</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Liberar espacio</translation>
    </message>
    <message>
        <source>Remove the downloaded files of {0} ({1})? You can download them again later.</source>
        <translation>¿Borrar los archivos descargados de {0} ({1})? Puedes volver a descargarlos más tarde.</translation>
    </message>
    <message>
        <source>Remove downloads</source>
        <translation>Borrar descargas</translation>
    </message>
    <message>
        <source>Freed {0}.</source>
        <translation>Se liberaron {0}.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Reminder lead in hours</source>
        <translation>Antelación del recordatorio en horas</translation>
    </message>
    <message>
        <source>Reminder lead in minutes</source>
        <translation>Antelación del recordatorio en minutos</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>Saved. Reminders are planned again from the schedule.</source>
        <translation>Guardado. Los recordatorios se vuelven a planificar a partir del calendario.</translation>
    </message>
    <message>
        <source>Download speed limit, in kilobits per second</source>
        <translation>Límite de velocidad de descarga, en kilobits por segundo</translation>
    </message>
    <message>
        <source>Off-peak hours: size from which a file counts as large, in megabytes</source>
        <translation>Horas valle: tamaño a partir del cual un archivo cuenta como grande, en megabytes</translation>
    </message>
    <message>
        <source>Signed in to</source>
        <translation>Sesión iniciada en</translation>
    </message>
    <message>
        <source>Sign in to another portal…</source>
        <translation>Iniciar sesión en otro portal…</translation>
    </message>
    <message>
        <source>Sign in to one more portal; the others stay signed in</source>
        <translation>Iniciar sesión en un portal más; los demás siguen con la sesión iniciada</translation>
    </message>
    <message>
        <source>No portal yet.</source>
        <translation>Todavía no hay ningún portal.</translation>
    </message>
    <message>
        <source>sign-in expired: sign in again</source>
        <translation>sesión caducada: inicie sesión de nuevo</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>sesión iniciada</translation>
    </message>
    <message>
        <source>{0} as {1} ({2})</source>
        <translation>{0} como {1} ({2})</translation>
    </message>
    <message>
        <source>Sign out of {0}</source>
        <translation>Cerrar sesión en {0}</translation>
    </message>
    <message>
        <source>Signed out of {0}; the other portals stay signed in.</source>
        <translation>Sesión cerrada en {0}; los demás portales siguen con la sesión iniciada.</translation>
    </message>
    <message>
        <source>No portal set: nothing is sent anywhere.</source>
        <translation>Sin portal: no se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>Your sign-in is kept in this computer&apos;s keyring.</source>
        <translation>Tu inicio de sesión se guarda en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so your sign-in is kept only while Companion runs.</source>
        <translation>Este equipo no tiene llavero, así que tu inicio de sesión se guarda solo mientras Companion está abierto.</translation>
    </message>
    <message>
        <source>Signed in as {0}. {1}</source>
        <translation>Sesión iniciada como {0}. {1}</translation>
    </message>
    <message>
        <source>Not signed in: submissions wait in the outbox until you sign in.</source>
        <translation>Sin sesión iniciada: las entregas esperan en la bandeja de salida hasta que inicies sesión.</translation>
    </message>
    <message>
        <source>As published: {0}.</source>
        <translation>Según lo publicado: {0}.</translation>
    </message>
    <message>
        <source>Everything you make is kept in {0}</source>
        <translation>Todo lo que haces se guarda en {0}</translation>
    </message>
    <message>
        <source>Times are now shown in {0}.</source>
        <translation>Ahora las horas se muestran en {0}.</translation>
    </message>
    <message>
        <source>downloads run without a bandwidth limit</source>
        <translation>las descargas van sin límite de ancho de banda</translation>
    </message>
    <message>
        <source>Signed out; the token was removed from this computer.</source>
        <translation>Sesión cerrada; el token se borró de este ordenador.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Portal forgotten.</source>
        <translation>Portal olvidado.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Next live session</source>
        <translation>Próxima sesión en directo</translation>
    </message>
    <message>
        <source>Join the next live session</source>
        <translation>Unirse a la próxima sesión en directo</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the item with the next deadline</source>
        <translation>Abrir el elemento con el plazo más cercano</translation>
    </message>
    <message>
        <source>Review now</source>
        <translation>Repasar ahora</translation>
    </message>
    <message>
        <source>Review today&apos;s questions</source>
        <translation>Repasar las preguntas de hoy</translation>
    </message>
    <message>
        <source>Certificate checklist</source>
        <translation>Lista para el certificado</translation>
    </message>
    <message>
        <source>Certificate progress</source>
        <translation>Progreso hacia el certificado</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Due / starts (your time)</source>
        <translation>Plazo / inicio (tu hora)</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>Abrir el certificado</translation>
    </message>
    <message>
        <source>Open the certificate (PDF)</source>
        <translation>Abrir el certificado (PDF)</translation>
    </message>
    <message>
        <source>Save certificate as…</source>
        <translation>Guardar el certificado como…</translation>
    </message>
    <message>
        <source>Save a copy of the certificate (PDF)</source>
        <translation>Guardar una copia del certificado (PDF)</translation>
    </message>
    <message>
        <source>Nothing to review today.</source>
        <translation>Hoy no hay nada que repasar.</translation>
    </message>
    <message>
        <source>Happening now.</source>
        <translation>En curso ahora.</translation>
    </message>
    <message>
        <source>Due within a day: {0}</source>
        <translation>Vence en menos de un día: {0}</translation>
    </message>
    <message>
        <source>Due soon: {0}</source>
        <translation>Vence pronto: {0}</translation>
    </message>
    <message>
        <source>The organizer withdrew this certificate: {0}, {1}, issued {2}. Verification code: {3}. It is no longer valid; your copy stays on this computer.</source>
        <translation>El organizador retiró este certificado: {0}, {1}, emitido el {2}. Código de verificación: {3}. Ya no es válido; tu copia se queda en este ordenador.</translation>
    </message>
    <message>
        <source>Your certificate has arrived: {0}, {1}, issued {2}. Verification code: {3}</source>
        <translation>Ha llegado tu certificado: {0}, {1}, emitido el {2}. Código de verificación: {3}</translation>
    </message>
    <message>
        <source>Save certificate as</source>
        <translation>Guardar el certificado como</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate saved to {0}</source>
        <translation>Certificado guardado en {0}</translation>
    </message>
    <message>
        <source>Run it from this week</source>
        <translation>Hacerlo desde esta semana</translation>
    </message>
    <message>
        <source>eligible for the certificate</source>
        <translation>con derecho al certificado</translation>
    </message>
    <message>
        <source>not yet eligible</source>
        <translation>aún sin derecho al certificado</translation>
    </message>
    <message>
        <source>{0} of {1} required items done · {2}</source>
        <translation>{0} de {1} elementos obligatorios hechos · {2}</translation>
    </message>
    <message numerus="yes">
        <source>Dates shifted by %n week(s) so the course runs now. The published programme ran {0}; every session keeps its weekday and its time in {1}.</source>
        <translation>
            <numerusform>Fechas desplazadas %n semana para que el curso transcurra ahora. El programa publicado fue {0}; cada sesión conserva su día de la semana y su hora en {1}.</numerusform>
            <numerusform>Fechas desplazadas %n semanas para que el curso transcurra ahora. El programa publicado fue {0}; cada sesión conserva su día de la semana y su hora en {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal runs this course %n week(s) after its published dates ({0}); every session keeps its weekday and its time in {1}.</source>
        <translation>
            <numerusform>El portal imparte este curso %n semana después de sus fechas publicadas ({0}); cada sesión conserva su día de la semana y su hora en {1}.</numerusform>
            <numerusform>El portal imparte este curso %n semanas después de sus fechas publicadas ({0}); cada sesión conserva su día de la semana y su hora en {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>This course ran {0}, so every date is in the past: the deadlines are closed and the quizzes are open for practice. You can run it as if it were now: this week&apos;s first live session is already over, so it would start next week, on {1}.</source>
        <translation>Este curso se impartió {0}, así que todas las fechas ya pasaron: los plazos están cerrados y los cuestionarios siguen abiertos para practicar. Puedes hacerlo como si fuera ahora: la primera sesión en directo de esta semana ya terminó, así que empezaría la semana próxima, el {1}.</translation>
    </message>
    <message>
        <source>Run it from next week</source>
        <translation>Hacerlo desde la semana próxima</translation>
    </message>
    <message>
        <source>This course ran {0}, so every date is in the past: the deadlines are closed and the quizzes are open for practice. You can run it as if it were now, from this week ({1}).</source>
        <translation>Este curso se impartió {0}, así que todas las fechas ya pasaron: los plazos están cerrados y los cuestionarios siguen abiertos para practicar. Puedes hacerlo como si fuera ahora, desde esta semana ({1}).</translation>
    </message>
    <message>
        <source>{0}
Hosted by {1}</source>
        <translation>{0}
Organiza: {1}</translation>
    </message>
    <message>
        <source>Happening now</source>
        <translation>En curso ahora</translation>
    </message>
    <message>
        <source>Starts in {0}.</source>
        <translation>Empieza en {0}.</translation>
    </message>
    <message>
        <source>No live sessions ahead.</source>
        <translation>No hay sesiones en directo por delante.</translation>
    </message>
    <message>
        <source>No deadlines ahead.</source>
        <translation>No hay plazos por delante.</translation>
    </message>
    <message>
        <source>Lectures</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Self-paced lectures: read the notes offline, watch the previews when you are online.</source>
        <translation>Clases a tu ritmo: lee los apuntes sin conexión y mira los avances cuando tengas conexión.</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Materials of this lecture</source>
        <translation>Materiales de esta clase</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Download the selected material for offline use</source>
        <translation>Descargar el material seleccionado para usarlo sin conexión</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause or resume the selected download</source>
        <translation>Pausar o reanudar la descarga seleccionada</translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation>Borrar descarga</translation>
    </message>
    <message>
        <source>Remove the downloaded copy and free its space</source>
        <translation>Borrar la copia descargada y liberar su espacio</translation>
    </message>
    <message>
        <source>Download this lecture</source>
        <translation>Descargar esta clase</translation>
    </message>
    <message>
        <source>Download every material of this lecture</source>
        <translation>Descargar todos los materiales de esta clase</translation>
    </message>
    <message>
        <source>Download everything</source>
        <translation>Descargar todo</translation>
    </message>
    <message>
        <source>Download every material of the course, smallest first</source>
        <translation>Descargar todos los materiales del curso, de menor a mayor</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Open the selected online material in your browser</source>
        <translation>Abrir el material en línea seleccionado en tu navegador</translation>
    </message>
    <message>
        <source>That link leads to a page of the course&apos;s platform: it needs a connection and your account there.</source>
        <translation>Ese enlace lleva a una página de la plataforma del curso: necesita conexión y su cuenta allí.</translation>
    </message>
    <message>
        <source>Available offline (read-only)</source>
        <translation>Disponible sin conexión (solo lectura)</translation>
    </message>
    <message>
        <source>This download is {0}</source>
        <translation>Esta descarga son {0}</translation>
    </message>
    <message>
        <source>{0}: on the course&apos;s platform</source>
        <translation>{0}: en la plataforma del curso</translation>
    </message>
    <message>
        <source>&lt;p&gt;This works only on the course&apos;s platform (for example a tool or a graded activity there): &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;It needs an internet connection and your account on that platform.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esto solo funciona en la plataforma del curso (por ejemplo, una herramienta o una actividad calificada allí): &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Necesita conexión a internet y su cuenta en esa plataforma.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This works only on the course&apos;s platform, and the course file gives no address for it: open the course on its platform to use it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esto solo funciona en la plataforma del curso y el archivo del curso no indica su dirección: abra el curso en su plataforma para usarlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0} · discussion, read-only · available offline</source>
        <translation>{0} · foro, solo lectura · disponible sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>{0} · available offline · %n page(s)</source>
        <translation>
            <numerusform>{0} · disponible sin conexión · %n página</numerusform>
            <numerusform>{0} · disponible sin conexión · %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Lecture notes</source>
        <translation>Apuntes de la clase</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Enlace en línea</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Discussion (read-only)</source>
        <translation>Foro (solo lectura)</translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation>En la plataforma</translation>
    </message>
    <message>
        <source>More from the course file</source>
        <translation>Más contenido del archivo del curso</translation>
    </message>
    <message>
        <source>{0} › {1}</source>
        <translation>{0} › {1}</translation>
    </message>
    <message>
        <source>PDF viewer</source>
        <translation>Visor de PDF</translation>
    </message>
    <message>
        <source>Lecture video and audio player</source>
        <translation>Reproductor de vídeo y audio de la clase</translation>
    </message>
    <message>
        <source>Online only: opens in your browser</source>
        <translation>Solo en línea: se abre en tu navegador</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Disponible sin conexión</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>Solo en línea</translation>
    </message>
    <message>
        <source>Downloading {0}</source>
        <translation>Descargando {0}</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>quedan {0}</translation>
    </message>
    <message>
        <source>Downloaded · checking the file…</source>
        <translation>Descargado · comprobando el archivo…</translation>
    </message>
    <message>
        <source>Online only · {0}</source>
        <translation>Solo en línea · {0}</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Actualización disponible</translation>
    </message>
    <message>
        <source>Available offline · from {0} on this network</source>
        <translation>Disponible sin conexión · desde {0} en esta red</translation>
    </message>
    <message>
        <source>Paused at {0}</source>
        <translation>En pausa al {0}</translation>
    </message>
    <message>
        <source>Failed: {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <source>Queued · {0}</source>
        <translation>En cola · {0}</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Queued: {0}</source>
        <translation>En cola: {0}</translation>
    </message>
    <message>
        <source>Everything asked for is already on this computer.</source>
        <translation>Todo lo pedido ya está en este ordenador.</translation>
    </message>
    <message>
        <source>Download for offline use?</source>
        <translation>¿Descargar para usar sin conexión?</translation>
    </message>
    <message>
        <source>Downloads resume where they stopped if the connection drops. You can change the bandwidth limit, data budget and off-peak hours in Settings.</source>
        <translation>Las descargas continúan donde se quedaron si se corta la conexión. Puedes cambiar el límite de ancho de banda, el presupuesto de datos y las horas valle en Ajustes.</translation>
    </message>
    <message>
        <source>Download cost</source>
        <translation>Coste de la descarga</translation>
    </message>
    <message>
        <source>This lecture has no materials.</source>
        <translation>Esta clase no tiene materiales.</translation>
    </message>
    <message>
        <source>{0}: online only. It opens in your web browser.</source>
        <translation>{0}: solo en línea. Se abre en tu navegador.</translation>
    </message>
    <message>
        <source>&lt;p&gt;This material lives online: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;It needs an internet connection. The lecture notes work offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este material está en línea: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Necesita conexión a internet. Los apuntes de la clase funcionan sin conexión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0} · available offline</source>
        <translation>{0} · disponible sin conexión</translation>
    </message>
    <message>
        <source>{0} · not on this computer yet</source>
        <translation>{0} · aún no está en este ordenador</translation>
    </message>
    <message>
        <source>This material is not on this computer yet. Select Download to keep a copy for offline use; it resumes where it stopped if the connection drops.</source>
        <translation>Este material aún no está en este ordenador. Elige Descargar para guardar una copia para usarla sin conexión; continúa donde se quedó si se corta la conexión.</translation>
    </message>
    <message>
        <source>{0} · available offline · Space plays or pauses; it remembers where you stopped</source>
        <translation>{0} · disponible sin conexión · Espacio reproduce o pausa; recuerda dónde te quedaste</translation>
    </message>
    <message>
        <source>{0} is stored at {1}.</source>
        <translation>{0} está guardado en {1}.</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Esperando conexión</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Necesita tu atención</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>Guardado en este ordenador</translation>
    </message>
    <message>
        <source>Essay</source>
        <translation>Ensayo</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Quiz attempt</source>
        <translation>Intento de cuestionario</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>submitted after the deadline</source>
        <translation>entregado después del plazo</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>accepted as on time: its fingerprint reached the portal before the deadline</source>
        <translation>aceptada a tiempo: su huella llegó al portal antes del plazo</translation>
    </message>
    <message>
        <source>accepted as on time: submitted before the deadline, delivered after it</source>
        <translation>aceptado a tiempo: entregado antes del plazo y recibido después</translation>
    </message>
    <message>
        <source>accepted as on time</source>
        <translation>aceptado a tiempo</translation>
    </message>
    <message>
        <source>arrived at the portal {0}</source>
        <translation>llegó al portal {0}</translation>
    </message>
    <message>
        <source>arrived at the portal</source>
        <translation>llegó al portal</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>portal score {0}/100</source>
        <translation>puntuación del portal {0}/100</translation>
    </message>
    <message>
        <source>Receipt number at the portal: {0}</source>
        <translation>Número de recibo en el portal: {0}</translation>
    </message>
    <message>
        <source>Fingerprint of what the portal received: {0}</source>
        <translation>Huella de lo que recibió el portal: {0}</translation>
    </message>
    <message>
        <source>The fingerprint is computed from the work itself: it lets the portal and this computer check that the work arrived complete and unaltered.</source>
        <translation>La huella se calcula a partir del propio trabajo: permite al portal y a este ordenador comprobar que llegó completo y sin alteraciones.</translation>
    </message>
    <message>
        <source>Your selfies&apos; fingerprint reached the portal at {0} — on time; the photos follow when the connection allows</source>
        <translation>La huella de tus selfis llegó al portal el {0}: a tiempo; las fotos seguirán cuando la conexión lo permita</translation>
    </message>
    <message>
        <source>Your submission&apos;s fingerprint reached the portal at {0} — on time; the rest follows when the connection allows</source>
        <translation>La huella de tu entrega llegó al portal el {0}: a tiempo; el resto seguirá cuando la conexión lo permita</translation>
    </message>
    <message>
        <source>Your selfies&apos; fingerprint reached the portal at {0}, after the deadline; the photos follow when the connection allows</source>
        <translation>La huella de tus selfis llegó al portal el {0}, después del plazo; las fotos seguirán cuando la conexión lo permita</translation>
    </message>
    <message>
        <source>Your submission&apos;s fingerprint reached the portal at {0}, after the deadline; the rest follows when the connection allows</source>
        <translation>La huella de tu entrega llegó al portal el {0}, después del plazo; el resto seguirá cuando la conexión lo permita</translation>
    </message>
    <message>
        <source>Your selfies&apos; fingerprint reached the portal at {0}; the photos follow when the connection allows</source>
        <translation>La huella de tus selfis llegó al portal el {0}; las fotos seguirán cuando la conexión lo permita</translation>
    </message>
    <message>
        <source>Your submission&apos;s fingerprint reached the portal at {0}; the rest follows when the connection allows</source>
        <translation>La huella de tu entrega llegó al portal el {0}; el resto seguirá cuando la conexión lo permita</translation>
    </message>
    <message>
        <source>Kept on this computer until the portal takes it</source>
        <translation>Se guarda en este equipo hasta que el portal lo reciba</translation>
    </message>
    <message>
        <source>Delivered · {0}</source>
        <translation>Entregado · {0}</translation>
    </message>
    <message>
        <source>see the outbox</source>
        <translation>vea la bandeja de salida</translation>
    </message>
    <message>
        <source>Submitted {0} — the portal refused it: {1} Fix it and submit again.</source>
        <translation>Enviado {0}: el portal lo rechazó: {1} Corrígelo y vuelve a enviarlo.</translation>
    </message>
    <message>
        <source>Submitted {0} — kept on this computer: {1}</source>
        <translation>Enviado {0}: guardado en este equipo: {1}</translation>
    </message>
    <message>
        <source>Submitted {0} — {1}</source>
        <translation>Enviada {0}: {1}</translation>
    </message>
    <message>
        <source>Submitted {0} — waiting for a connection to the portal.</source>
        <translation>Enviado {0}: esperando una conexión con el portal.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Needs revision</source>
        <translation>Necesita revisión</translation>
    </message>
    <message>
        <source>The organizer accepted this work.</source>
        <translation>La organización aceptó este trabajo.</translation>
    </message>
    <message>
        <source>The organizer asked for a revision.</source>
        <translation>La organización pidió una revisión.</translation>
    </message>
    <message>
        <source>The organizer commented on this work.</source>
        <translation>La organización comentó este trabajo.</translation>
    </message>
    <message>
        <source>You sent a new version after this answer; the organizer has not answered it yet.</source>
        <translation>Envió una nueva versión después de esta respuesta; la organización aún no la ha respondido.</translation>
    </message>
    <message>
        <source>Nothing more to do for this assignment.</source>
        <translation>No queda nada por hacer en esta tarea.</translation>
    </message>
    <message>
        <source>Change your work below and submit it again.</source>
        <translation>Cambie su trabajo aquí abajo y vuelva a entregarlo.</translation>
    </message>
    <message>
        <source>Answered {0}</source>
        <translation>Respondido el {0}</translation>
    </message>
    <message>
        <source>About your submission of {0} · answered {1}</source>
        <translation>Sobre su entrega del {0} · respondido el {1}</translation>
    </message>
    <message>
        <source>organizer: {0}</source>
        <translation>organización: {0}</translation>
    </message>
    <message>
        <source>organizer: commented</source>
        <translation>organización: comentó</translation>
    </message>
    <message>
        <source>New feedback from the organizer on {0}: {1}.</source>
        <translation>Nuevos comentarios de la organización sobre «{0}»: {1}.</translation>
    </message>
    <message>
        <source>New feedback from the organizer on {0}.</source>
        <translation>Nuevos comentarios de la organización sobre «{0}».</translation>
    </message>
    <message numerus="yes">
        <source>New feedback from the organizer on %n submission(s).</source>
        <translation>
            <numerusform>Nuevos comentarios de la organización sobre %n entrega.</numerusform>
            <numerusform>Nuevos comentarios de la organización sobre %n entregas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Write and hand in your work here. It is saved on this computer as you go and waits safely in the outbox until the portal takes it.</source>
        <translation>Escribe y entrega aquí tu trabajo. Se guarda en este ordenador mientras escribes y espera a salvo en la bandeja de salida hasta que el portal lo recibe.</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Tu texto</translation>
    </message>
    <message>
        <source>Start writing here. Your words are saved as you type.</source>
        <translation>Empieza a escribir aquí. Tus palabras se guardan mientras escribes.</translation>
    </message>
    <message>
        <source>How much of one page the text fills</source>
        <translation>Cuánto de una página ocupa el texto</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) of {0}</source>
        <translation>
            <numerusform>%n palabra de {0}</numerusform>
            <numerusform>%n palabras de {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: one page holds about {0} words</source>
        <translation>Vacío: una página tiene unas {0} palabras</translation>
    </message>
    <message>
        <source>under a tenth of a page</source>
        <translation>menos de una décima de página</translation>
    </message>
    <message>
        <source>about {0} of a page</source>
        <translation>aproximadamente {0} de página</translation>
    </message>
    <message>
        <source>about {0} pages</source>
        <translation>aproximadamente {0} páginas</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Chosen photos</source>
        <translation>Fotos elegidas</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Añadir fotos…</translation>
    </message>
    <message>
        <source>Choose photos to add</source>
        <translation>Elegir fotos para añadir</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar la seleccionada</translation>
    </message>
    <message>
        <source>Remove the selected photo</source>
        <translation>Quitar la foto seleccionada</translation>
    </message>
    <message>
        <source>Photos are turned upright, made smaller for sending and stripped of their location before they leave this computer.</source>
        <translation>Las fotos se enderezan, se reducen para enviarlas y se les quita la ubicación antes de salir de este ordenador.</translation>
    </message>
    <message>
        <source>{0}
{1}</source>
        <translation>{0}
{1}</translation>
    </message>
    <message>
        <source>Photo {0}, {1}</source>
        <translation>Foto {0}, {1}</translation>
    </message>
    <message>
        <source>Choose learning selfies</source>
        <translation>Elige las selfies de aprendizaje</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic *.webp);;All files (*)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.heic *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>What happened to your last submission of this assignment</source>
        <translation>Qué pasó con tu última entrega de esta tarea</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>Submit this assignment</source>
        <translation>Entregar esta tarea</translation>
    </message>
    <message>
        <source>Outbox: everything you submitted</source>
        <translation>Bandeja de salida: todo lo que entregaste</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Receipt / note</source>
        <translation>Recibo / nota</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Nothing sent yet. When you submit an assignment or finish a quiz, it waits here until the portal has it.</source>
        <translation>Todavía no se ha enviado nada. Cuando entregues una tarea o termines un cuestionario, esperará aquí hasta que el portal lo reciba.</translation>
    </message>
    <message>
        <source>Details of the selected outbox item</source>
        <translation>Detalles del elemento seleccionado de la bandeja de salida</translation>
    </message>
    <message>
        <source>Send mine</source>
        <translation>Enviar la mía</translation>
    </message>
    <message>
        <source>Send this version to the portal (nothing is deleted)</source>
        <translation>Enviar esta versión al portal (no se borra nada)</translation>
    </message>
    <message>
        <source>Keep the portal&apos;s</source>
        <translation>Quedarse con la del portal</translation>
    </message>
    <message>
        <source>Keep the portal&apos;s version; this one stays on this computer</source>
        <translation>Quedarse con la versión del portal; esta se queda en este ordenador</translation>
    </message>
    <message>
        <source>Submitted, waiting to be sent</source>
        <translation>Entregado, esperando para enviarse</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Feedback from the organizer</source>
        <translation>Comentarios de la organización</translation>
    </message>
    <message>
        <source>The organizer&apos;s comment</source>
        <translation>Comentario de la organización</translation>
    </message>
    <message>
        <source>Feedback from the organizer: {0}</source>
        <translation>Comentarios de la organización: {0}</translation>
    </message>
    <message>
        <source>Show the receipt&apos;s number and fingerprint</source>
        <translation>Mostrar el número y la huella del recibo</translation>
    </message>
    <message>
        <source>Receipt details</source>
        <translation>Detalles del recibo</translation>
    </message>
    <message>
        <source>Send mine as well</source>
        <translation>Enviar también la mía</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>at most {0} words</source>
        <translation>como máximo {0} palabras</translation>
    </message>
    <message>
        <source>{0} to {1} photos</source>
        <translation>de {0} a {1} fotos</translation>
    </message>
    <message>
        <source> ({0})</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <source>Submit a revision</source>
        <translation>Entregar una revisión</translation>
    </message>
    <message>
        <source>Submit again</source>
        <translation>Entregar de nuevo</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>fits on one page</source>
        <translation>cabe en una página</translation>
    </message>
    <message>
        <source>too long for one page</source>
        <translation>demasiado largo para una página</translation>
    </message>
    <message>
        <source>Preparing photos…</source>
        <translation>Preparando fotos…</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Guardado en este ordenador</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Join now</source>
        <translation>Unirse ahora</translation>
    </message>
    <message>
        <source>Join the live session</source>
        <translation>Unirse a la sesión en directo</translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation>Cerrar este recordatorio</translation>
    </message>
    <message>
        <source>Companion: missed reminder</source>
        <translation>Companion: recordatorio perdido</translation>
    </message>
    <message>
        <source>Sign in to the course portal</source>
        <translation>Iniciar sesión en el portal del curso</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation>Escribe tu usuario y tu contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the portal refuses more for now. Try again in {0} seconds.</source>
        <translation>Demasiados intentos de inicio de sesión fallidos: el portal no acepta más por ahora. Vuelve a intentarlo dentro de {0} segundos.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the portal refuses more for now. Try again in {0} minutes, at {1}.</source>
        <translation>Demasiados intentos de inicio de sesión fallidos: el portal no acepta más por ahora. Vuelve a intentarlo dentro de {0} minutos, a las {1}.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin iniciar sesión</translation>
    </message>
    <message numerus="yes">
        <source>Offline: the portal cannot be reached; trying again in %n min</source>
        <translation>
            <numerusform>Sin conexión: no se puede acceder al portal; se reintentará en %n min</numerusform>
            <numerusform>Sin conexión: no se puede acceder al portal; se reintentará en %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the portal cannot be reached</source>
        <translation>Sin conexión: no se puede acceder al portal</translation>
    </message>
    <message>
        <source>Online · last sync {0}</source>
        <translation>En línea · última sincronización {0}</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>↓ and ↑ choose · Enter opens · Esc closes</source>
        <translation>↓ y ↑ eligen · Intro abre · Esc cierra</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Buscar (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Search the course (Ctrl+K or Ctrl+F)</source>
        <translation>Buscar en el curso (Ctrl+K o Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the course</source>
        <translation>Buscar en el curso</translation>
    </message>
    <message>
        <source>Finds words in lecture notes, downloaded PDFs, quizzes, assignments and live sessions, without a connection</source>
        <translation>Encuentra palabras en los apuntes, los PDF descargados, los cuestionarios, las tareas y las sesiones en directo, sin conexión</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>The {0} best results</source>
        <translation>Los {0} mejores resultados</translation>
    </message>
    <message>
        <source>{0} results</source>
        <translation>{0} resultados</translation>
    </message>
    <message>
        <source>{0} · still reading the course&apos;s files, more may come</source>
        <translation>{0} · todavía se están leyendo los archivos del curso; puede haber más</translation>
    </message>
    <message>
        <source>online: needs a connection</source>
        <translation>en línea: necesita conexión</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to review today, about {0} minute(s)</source>
        <translation>
            <numerusform>%n pregunta para repasar hoy, unos {0} minuto(s)</numerusform>
            <numerusform>%n preguntas para repasar hoy, unos {0} minuto(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions you answered in quizzes come back here when you are about to forget them; the ones you missed come first. Reviews never change your quiz scores.</source>
        <translation>Las preguntas que respondiste en los cuestionarios vuelven aquí cuando estás a punto de olvidarlas; las que fallaste van primero. Los repasos nunca cambian tus notas.</translation>
    </message>
    <message>
        <source>Every course</source>
        <translation>Todos los cursos</translation>
    </message>
    <message>
        <source>This course only</source>
        <translation>Solo este curso</translation>
    </message>
    <message>
        <source>Which questions to review</source>
        <translation>Qué preguntas repasar</translation>
    </message>
    <message>
        <source>Questions from:</source>
        <translation>Preguntas de:</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Show review statistics</source>
        <translation>Ver las estadísticas de repaso</translation>
    </message>
    <message>
        <source>Remind me every day at</source>
        <translation>Recordármelo cada día a las</translation>
    </message>
    <message>
        <source>Remind me to review every day</source>
        <translation>Recordarme repasar cada día</translation>
    </message>
    <message>
        <source>Time of the daily review reminder (your time zone)</source>
        <translation>Hora del recordatorio diario de repaso (tu zona horaria)</translation>
    </message>
    <message>
        <source>Nothing to review today</source>
        <translation>Nada que repasar hoy</translation>
    </message>
    <message>
        <source>Questions you answer in quizzes come back here when they are due. Take or practise a quiz, then come back tomorrow.</source>
        <translation>Las preguntas que respondes en los cuestionarios vuelven aquí cuando les toca. Haz o practica un cuestionario y vuelve mañana.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Keys: 1-9 choose an option, Enter checks.</source>
        <translation>Teclas: 1-9 eligen una opción, Enter comprueba.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Check the answer</source>
        <translation>Comprobar la respuesta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Grade this review {0}</source>
        <translation>Calificar este repaso: {0}</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>Guardar y seguir</translation>
    </message>
    <message>
        <source>Save the grade and show the next question</source>
        <translation>Guardar la calificación y mostrar la siguiente pregunta</translation>
    </message>
    <message>
        <source>Keys: 1-4 choose a grade, Space saves it and goes on.</source>
        <translation>Teclas: 1-4 eligen la calificación, Espacio la guarda y sigue.</translation>
    </message>
    <message>
        <source>Done for today</source>
        <translation>Terminado por hoy</translation>
    </message>
    <message numerus="yes">
        <source>You reviewed %n question(s). Nothing else is due today; the next ones come back when you are about to forget them.</source>
        <translation>
            <numerusform>Has repasado %n pregunta. Hoy no queda nada más; las próximas volverán cuando estés a punto de olvidarlas.</numerusform>
            <numerusform>Has repasado %n preguntas. Hoy no queda nada más; las próximas volverán cuando estés a punto de olvidarlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are up to date: %n question(s) wait for later days.</source>
        <translation>
            <numerusform>Vas al día: %n pregunta espera a otro día.</numerusform>
            <numerusform>Vas al día: %n preguntas esperan a otros días.</numerusform>
        </translation>
    </message>
    <message>
        <source> · missed last time</source>
        <translation> · fallada la última vez</translation>
    </message>
    <message>
        <source>Choose an answer first (keys 1-9).</source>
        <translation>Elige primero una respuesta (teclas 1-9).</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>No del todo.</translation>
    </message>
    <message>
        <source>The answer: {0}</source>
        <translation>La respuesta: {0}</translation>
    </message>
    <message>
        <source>Grade {0}, chosen by you.</source>
        <translation>Calificación {0}, elegida por ti.</translation>
    </message>
    <message>
        <source>Grade {0}, inferred from your answer and the time it took. Choose another if it felt different.</source>
        <translation>Calificación {0}, deducida de tu respuesta y del tiempo que tardaste. Elige otra si te pareció distinto.</translation>
    </message>
    <message>
        <source>Review statistics</source>
        <translation>Estadísticas de repaso</translation>
    </message>
    <message>
        <source>Back to reviewing</source>
        <translation>Volver al repaso</translation>
    </message>
    <message>
        <source>no reviews yet</source>
        <translation>aún no hay repasos</translation>
    </message>
    <message>
        <source>Reviews in the last 30 days: {0}</source>
        <translation>Repasos en los últimos 30 días: {0}</translation>
    </message>
    <message>
        <source>Answered right: {0}</source>
        <translation>Respondidas bien: {0}</translation>
    </message>
    <message>
        <source>Due in the next 7 days: {0}; in the next 30 days: {1}</source>
        <translation>Para los próximos 7 días: {0}; para los próximos 30 días: {1}</translation>
    </message>
    <message>
        <source>Reviews per day, last 30 days</source>
        <translation>Repasos por día, últimos 30 días</translation>
    </message>
    <message>
        <source>Questions due, next 30 days</source>
        <translation>Preguntas pendientes, próximos 30 días</translation>
    </message>
    <message>
        <source>{0}×</source>
        <translation>{0}×</translation>
    </message>
    <message>
        <source>When my download rules allow</source>
        <translation>Cuando mis reglas de descarga lo permitan</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>No check for updates yet.</source>
        <translation>Todavía no se han buscado actualizaciones.</translation>
    </message>
    <message>
        <source>{0} It came from a colleague&apos;s computer on this network (checked against the publisher&apos;s signature).</source>
        <translation>{0} Llegó desde el equipo de un colega en esta red (comprobada con la firma del editor).</translation>
    </message>
    <message>
        <source>Last check: {0}: {1}</source>
        <translation>Última comprobación: {0}: {1}</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>Companion can update itself. It looks for a new version about once a day when your download rules allow (Settings, Downloads), downloads only what changed when it can, checks the publisher&apos;s signature, and switches at the next start. The version you have stays until the new one has started once.</source>
        <translation>Companion puede actualizarse solo. Busca una versión nueva más o menos una vez al día cuando sus reglas de descarga lo permiten (Configuración, Descargas), descarga solo lo que cambió cuando puede, comprueba la firma del editor y cambia de versión en el próximo inicio. La versión que tiene se conserva hasta que la nueva haya arrancado una vez.</translation>
    </message>
    <message>
        <source>Look for updates</source>
        <translation>Buscar actualizaciones</translation>
    </message>
    <message>
        <source>Update repository address</source>
        <translation>Repositorio de actualizaciones: su dirección</translation>
    </message>
    <message>
        <source>Update repository</source>
        <translation>Repositorio de actualizaciones</translation>
    </message>
    <message>
        <source>Office copy of the update repository: its address</source>
        <translation>Copia en la oficina del repositorio de actualizaciones: su dirección</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Updates are downloaded from this copy first; every byte is checked against the repository&apos;s signatures</source>
        <translation>Las actualizaciones se descargan primero de esta copia; cada byte se comprueba con las firmas del repositorio</translation>
    </message>
    <message>
        <source>Office copy</source>
        <translation>Copia en la oficina</translation>
    </message>
    <message>
        <source>Save update settings</source>
        <translation>Guardar la configuración de actualizaciones</translation>
    </message>
    <message>
        <source>Save the update settings</source>
        <translation>Guardar la configuración de las actualizaciones</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Check for an update now</source>
        <translation>Buscar una actualización ahora</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Download the update</source>
        <translation>Descargar la actualización</translation>
    </message>
    <message>
        <source>Download the update now</source>
        <translation>Descargar la actualización ahora</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the update&apos;s download</source>
        <translation>Detener la descarga de la actualización</translation>
    </message>
    <message>
        <source>Update download</source>
        <translation>Descarga de la actualización</translation>
    </message>
    <message>
        <source>https://updates.example.org</source>
        <translation>https://updates.example.org</translation>
    </message>
    <message>
        <source>COMPANION_UPDATE_URL is set, so updates come from {0}.</source>
        <translation>COMPANION_UPDATE_URL está definida, así que las actualizaciones vienen de {0}.</translation>
    </message>
    <message>
        <source>Empty: the repository built into this copy, {0}.</source>
        <translation>Vacío: el repositorio incluido en esta copia, {0}.</translation>
    </message>
    <message>
        <source>No repository is built into this copy: enter the address your organisation gives.</source>
        <translation>Esta copia no incluye ningún repositorio: escriba la dirección que le dé su organización.</translation>
    </message>
    <message>
        <source>This is version {0}.</source>
        <translation>Esta es la versión {0}.</translation>
    </message>
    <message>
        <source>Version {0} did not start and was set aside; you are on the version you had.</source>
        <translation>La versión {0} no arrancó y se dejó de lado; sigue con la versión que tenía.</translation>
    </message>
    <message>
        <source>What changed: {0}</source>
        <translation>Qué cambió: {0}</translation>
    </message>
    <message>
        <source>Looking for an update…</source>
        <translation>Buscando una actualización…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>Descargando la actualización…</translation>
    </message>
    <message>
        <source>See the update</source>
        <translation>Ver la actualización</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>El usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again and Companion carries on where it stopped.</source>
        <translation>Tu sesión ha caducado. Inicia sesión de nuevo y Companion seguirá donde se quedó.</translation>
    </message>
    <message>
        <source>The portal does not offer this course.</source>
        <translation>El portal no ofrece este curso.</translation>
    </message>
    <message>
        <source>The portal no longer has this material.</source>
        <translation>El portal ya no tiene este material.</translation>
    </message>
    <message>
        <source>The file is larger than the portal accepts.</source>
        <translation>El archivo es más grande de lo que acepta el portal.</translation>
    </message>
    <message>
        <source>The portal says: {0}</source>
        <translation>El portal dice: {0}</translation>
    </message>
    <message>
        <source>The portal answered with error {0}.</source>
        <translation>El portal respondió con el error {0}.</translation>
    </message>
    <message>
        <source>The portal refused it.</source>
        <translation>El portal lo rechazó.</translation>
    </message>
    <message>
        <source>it is not well-formed XML</source>
        <translation>no es XML bien formado</translation>
    </message>
    <message>
        <source>it declares XML entities or external references, which Companion never expands</source>
        <translation>declara entidades XML o referencias externas, que Companion nunca expande</translation>
    </message>
    <message>
        <source>it is XML, but not QTI or a Moodle export</source>
        <translation>es XML, pero no QTI ni una exportación de Moodle</translation>
    </message>
    <message>
        <source>it is XML, but not a Moodle question export</source>
        <translation>es XML, pero no una exportación de preguntas de Moodle</translation>
    </message>
    <message>
        <source>it holds no GIFT question (nothing in braces)</source>
        <translation>no contiene preguntas GIFT (nada entre llaves)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>it is not a readable zip file</source>
        <translation>no es un archivo zip legible</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>it holds no question Companion can run</source>
        <translation>no contiene ninguna pregunta que Companion pueda ejecutar</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>The portal already holds another version of this item, received {0} from another computer. Send yours as well (the newest counts) or keep the portal&apos;s; nothing is deleted either way.</source>
        <translation>El portal ya tiene otra versión de este elemento, recibida {0} desde otro ordenador. Envía también la tuya (cuenta la más reciente) o quédate con la del portal; en ningún caso se borra nada.</translation>
    </message>
    <message>
        <source>The portal refused it. {0}</source>
        <translation>El portal lo rechazó. {0}</translation>
    </message>
    <message>
        <source>The file {0} is no longer on this computer ({1}); submit the assignment again with the photo.</source>
        <translation>El archivo {0} ya no está en este ordenador ({1}); envía la tarea de nuevo con la foto.</translation>
    </message>
    <message>
        <source>The portal holds different content under this item&apos;s id. Nothing was overwritten; send your version again as a new submission.</source>
        <translation>El portal tiene otro contenido con el identificador de este elemento. No se sobrescribió nada; envía tu versión de nuevo como un envío nuevo.</translation>
    </message>
    <message>
        <source>Kept on this computer; the portal&apos;s version counts.</source>
        <translation>Guardado en este ordenador; cuenta la versión del portal.</translation>
    </message>
    <message>
        <source>Replaced by your later submission.</source>
        <translation>Sustituido por tu envío posterior.</translation>
    </message>
    <message>
        <source>Sign in to the portal to send your work.</source>
        <translation>Inicia sesión en el portal para enviar tu trabajo.</translation>
    </message>
    <message>
        <source>No portal is set: your work stays on this computer.</source>
        <translation>No hay ningún portal configurado: tu trabajo se queda en este ordenador.</translation>
    </message>
    <message numerus="yes">
        <source>The portal is busy; it asked to come back in %n second(s).</source>
        <translation>
            <numerusform>El portal está ocupado; pidió volver dentro de %n segundo.</numerusform>
            <numerusform>El portal está ocupado; pidió volver dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal kept failing; Companion will try again later.</source>
        <translation>El portal siguió fallando; Companion lo intentará más tarde.</translation>
    </message>
    <message>
        <source>The portal cannot be reached right now; your work is kept and will be sent later.</source>
        <translation>Ahora no se puede contactar con el portal; tu trabajo se guarda y se enviará más tarde.</translation>
    </message>
    <message>
        <source>The portal sent a web page instead of data (perhaps a sign-in page of your network); try again later or check the portal&apos;s address.</source>
        <translation>El portal envió una página web en lugar de datos (quizá una página de acceso de tu red); inténtalo más tarde o revisa la dirección del portal.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was too large (over {0}); it was not read. Check the portal&apos;s address.</source>
        <translation>La respuesta del portal era demasiado grande (más de {0}); no se leyó. Compruebe la dirección del portal.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not contain what was asked for ({0}); check the portal&apos;s address.</source>
        <translation>La respuesta del portal no contenía lo que se pidió ({0}); compruebe la dirección del portal.</translation>
    </message>
    <message>
        <source>The photo {0} arrived damaged; it will be sent again.</source>
        <translation>La foto {0} llegó dañada; se enviará de nuevo.</translation>
    </message>
    <message>
        <source>The connection dropped during the download; it resumes later.</source>
        <translation>La conexión se cortó durante la descarga; se reanudará más tarde.</translation>
    </message>
    <message>
        <source>The server sent a part of the file without saying which part; the download resumes later.</source>
        <translation>El servidor envió una parte del archivo sin decir cuál; la descarga se reanudará más tarde.</translation>
    </message>
    <message>
        <source>The server resumed at the wrong place; the download starts again.</source>
        <translation>El servidor reanudó en el lugar equivocado; la descarga empieza de nuevo.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has no file to download.</source>
        <translation>&apos;{0}&apos; no tiene ningún archivo para descargar.</translation>
    </message>
    <message>
        <source>Not enough disk space: it needs {0} and {1} are free.</source>
        <translation>No hay suficiente espacio en disco: necesitas {0} y hay {1} libres.</translation>
    </message>
    <message>
        <source>The server sent a web page instead of the file (perhaps a sign-in or error page); nothing was kept.</source>
        <translation>El servidor envió una página web en lugar del archivo (quizá una página de acceso o de error); no se guardó nada.</translation>
    </message>
    <message>
        <source>The server sent more bytes than the file has; the part was discarded.</source>
        <translation>El servidor envió más bytes de los que tiene el archivo; se descartó la parte descargada.</translation>
    </message>
    <message>
        <source>The download stopped at {0} of {1}; it resumes later.</source>
        <translation>La descarga se detuvo en {0} de {1}; se reanudará más tarde.</translation>
    </message>
    <message>
        <source>The work arrived damaged (the check that it is complete and unaltered failed); it will be sent again.</source>
        <translation>El trabajo llegó dañado (falló la comprobación de que está completo y sin alteraciones); se enviará de nuevo.</translation>
    </message>
    <message>
        <source>The file that arrived failed the check that it is complete and unaltered; it was discarded and will be downloaded again.</source>
        <translation>El archivo recibido no pasó la comprobación de que está completo y sin alteraciones; se descartó y se descargará de nuevo.</translation>
    </message>
    <message>
        <source>Sharing cannot start: port {0} is in use or not allowed on this computer ({1}).</source>
        <translation>No se puede empezar a compartir: el puerto {0} está en uso o no está permitido en este equipo ({1}).</translation>
    </message>
    <message>
        <source>Waits for an unmetered connection.</source>
        <translation>Espera una conexión sin límite de datos.</translation>
    </message>
    <message>
        <source>Waits for tomorrow&apos;s data budget: it needs {0}, {1} of today&apos;s {2} are left.</source>
        <translation>Espera al presupuesto de datos de mañana: necesitas {0} y quedan {1} de los {2} de hoy.</translation>
    </message>
    <message>
        <source>Large file: waits for the off-peak hours {0}–{1}.</source>
        <translation>Archivo grande: espera al horario valle {0}–{1}.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>El texto está vacío.</translation>
    </message>
    <message numerus="yes">
        <source>The text has %n word(s); the limit is {0}.</source>
        <translation>
            <numerusform>El texto tiene %n palabra; el límite es {0}.</numerusform>
            <numerusform>El texto tiene %n palabras; el límite es {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add at least %n photo(s) ({0} chosen).</source>
        <translation>
            <numerusform>Añade al menos %n foto ({0} elegidas).</numerusform>
            <numerusform>Añade al menos %n fotos ({0} elegidas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n photo(s) are accepted ({0} chosen).</source>
        <translation>
            <numerusform>Se acepta como máximo %n foto ({0} elegidas).</numerusform>
            <numerusform>Se aceptan como máximo %n fotos ({0} elegidas).</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is {1}; accepted: {2}.</source>
        <translation>{0} es {1}; se aceptan: {2}.</translation>
    </message>
    <message>
        <source>{0} is {1}; the limit is {2}.</source>
        <translation>{0} ocupa {1}; el límite es {2}.</translation>
    </message>
    <message>
        <source>Answer: “{0}”</source>
        <translation>Responde: «{0}»</translation>
    </message>
    <message>
        <source>“{0}” is not a choice for “{1}”</source>
        <translation>«{0}» no es una opción de «{1}»</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>No se puede leer {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is {1}, too large to be a photo Companion can take.</source>
        <translation>{0} ocupa {1}, demasiado para una foto que Companion pueda aceptar.</translation>
    </message>
    <message>
        <source>{0} is not a picture Companion can read (use a JPEG or PNG photo).</source>
        <translation>{0} no es una imagen que Companion pueda leer (usa una foto JPEG o PNG).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a web address like https://portal.example.org</source>
        <translation>&apos;{0}&apos; no es una dirección web como https://portal.example.org</translation>
    </message>
    <message>
        <source>An http:// portal address is only allowed on this computer (127.0.0.1 or localhost); use https:// so your password and work travel encrypted.</source>
        <translation>Una dirección de portal http:// solo se permite en este ordenador (127.0.0.1 o localhost); usa https:// para que tu contraseña y tu trabajo viajen cifrados.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a known time zone; use an IANA name such as Europe/Madrid or Asia/Seoul.</source>
        <translation>&apos;{0}&apos; no es una zona horaria conocida; usa un nombre IANA como Europe/Madrid o Asia/Seoul.</translation>
    </message>
    <message>
        <source>A reminder must come between 1 minute and 14 days ahead.</source>
        <translation>Un recordatorio debe llegar entre 1 minuto y 14 días antes.</translation>
    </message>
    <message>
        <source>{0} is not a valid value for the setting “{1}”.</source>
        <translation>{0} no es un valor válido para el ajuste «{1}».</translation>
    </message>
    <message>
        <source>No course is installed; add one with &apos;companion courses add PATH&apos;.</source>
        <translation>No hay ningún curso instalado; añade uno con &apos;companion courses add RUTA&apos;.</translation>
    </message>
    <message>
        <source>There is no course &apos;{0}&apos;.</source>
        <translation>No existe el curso &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>{0} cannot be imported as a question bank: {1}.</source>
        <translation>No se puede importar {0} como banco de preguntas: {1}.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not part of this course.</source>
        <translation>&apos;{0}&apos; no forma parte de este curso.</translation>
    </message>
    <message>
        <source>This is version {0} of &apos;{1}&apos;, older than the installed version {2}; nothing was changed.</source>
        <translation>Esta es la versión {0} de &apos;{1}&apos;, anterior a la versión instalada {2}; no se cambió nada.</translation>
    </message>
    <message>
        <source>Companion cannot open its data at {0} ({1}). Nothing was changed; restore it from a backup or use another data folder.</source>
        <translation>Companion no puede abrir tus datos en {0} ({1}). No se cambió nada; restáuralos desde una copia de seguridad o usa otra carpeta de datos.</translation>
    </message>
    <message>
        <source>Search cannot keep its index in {0} ({1}). It needs SQLite 3.34 or newer with FTS5; this Python has SQLite {2}. Everything else works as before.</source>
        <translation>La búsqueda no puede guardar su índice en {0} ({1}). Necesitas SQLite 3.34 o posterior con FTS5; este Python tiene SQLite {2}. Todo lo demás funciona como antes.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}. Your work is kept.</source>
        <translation>Algo salió mal: {0}. Tu trabajo se conserva.</translation>
    </message>
    <message>
        <source>That attempt is not finished, so there is nothing to retry from it.</source>
        <translation>Ese intento no ha terminado, así que no hay nada que repetir de él.</translation>
    </message>
    <message>
        <source>That attempt missed nothing: there are no questions to retry.</source>
        <translation>En ese intento no falló nada: no hay preguntas que repetir.</translation>
    </message>
    <message>
        <source>New course from the portal: {0}.</source>
        <translation>Curso nuevo del portal: {0}.</translation>
    </message>
    <message>
        <source>The course is now called “{0}”.</source>
        <translation>El curso ahora se llama «{0}».</translation>
    </message>
    <message>
        <source>New material: {0}.</source>
        <translation>Material nuevo: {0}.</translation>
    </message>
    <message>
        <source>Material withdrawn: {0} (your copy stays until you remove it).</source>
        <translation>Material retirado: {0} (tu copia se queda hasta que la quites).</translation>
    </message>
    <message>
        <source>Updated material: {0}.</source>
        <translation>Material actualizado: {0}.</translation>
    </message>
    <message>
        <source>New live session: {0}, {1}.</source>
        <translation>Nueva sesión en directo: {0}, {1}.</translation>
    </message>
    <message>
        <source>Live session moved: {0} is now {1}.</source>
        <translation>Sesión en directo movida: {0} es ahora {1}.</translation>
    </message>
    <message>
        <source>Live session cancelled: {0}.</source>
        <translation>Sesión en directo cancelada: {0}.</translation>
    </message>
    <message>
        <source>New deadline for {0}: {1}.</source>
        <translation>Nuevo plazo para {0}: {1}.</translation>
    </message>
    <message>
        <source>The course was updated to version {0}.</source>
        <translation>El curso se actualizó a la versión {0}.</translation>
    </message>
    <message>
        <source>The portal still offers version {0} of “{1}”; this computer keeps its newer version {2}.</source>
        <translation>El portal aún ofrece la versión {0} de «{1}»; este ordenador conserva su versión más reciente, la {2}.</translation>
    </message>
    <message>
        <source>The course package cannot be used: {0}</source>
        <translation>El paquete del curso no se puede usar: {0}</translation>
    </message>
    <message>
        <source>Something went wrong: {0}: {1}. Your work is kept.</source>
        <translation>Algo salió mal: {0}: {1}. Tu trabajo se conserva.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n entregado</numerusform>
            <numerusform>%n entregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n aún en espera</numerusform>
            <numerusform>%n aún en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) your attention</source>
        <translation>
            <numerusform>%n requiere tu atención</numerusform>
            <numerusform>%n requieren tu atención</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: everything is delivered.</source>
        <translation>Sincronizado: todo está entregado.</translation>
    </message>
    <message>
        <source>Synced: {0}</source>
        <translation>Sincronizado: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n downloaded</source>
        <translation>
            <numerusform>%n descargado</numerusform>
            <numerusform>%n descargados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falló</numerusform>
            <numerusform>%n fallaron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting (data settings)</source>
        <translation>
            <numerusform>%n en espera (ajustes de datos)</numerusform>
            <numerusform>%n en espera (ajustes de datos)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (stopped).</source>
        <translation>{0} (detenido).</translation>
    </message>
    <message>
        <source>{0}.</source>
        <translation>{0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {0}</source>
        <translation>
            <numerusform>%n archivo, {0}</numerusform>
            <numerusform>%n archivos, {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) at your bandwidth limit</source>
        <translation>
            <numerusform>unos %n minuto con tu límite de ancho de banda</numerusform>
            <numerusform>unos %n minutos con tu límite de ancho de banda</numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute at your bandwidth limit</source>
        <translation>menos de un minuto con tu límite de ancho de banda</translation>
    </message>
    <message>
        <source>{0} left in today&apos;s data budget</source>
        <translation>quedan {0} del presupuesto de datos de hoy</translation>
    </message>
    <message>
        <source>this connection is metered: it may cost money</source>
        <translation>esta conexión es de datos medidos: puede costar dinero</translation>
    </message>
    <message numerus="yes">
        <source>%n will wait (budget, off-peak hours or metered link)</source>
        <translation>
            <numerusform>%n esperará (presupuesto, horario valle o conexión medida)</numerusform>
            <numerusform>%n esperarán (presupuesto, horario valle o conexión medida)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added &apos;{0}&apos; ({1}, version {2}).</source>
        <translation>Se añadió &apos;{0}&apos; ({1}, versión {2}).</translation>
    </message>
    <message>
        <source>Updated &apos;{0}&apos; ({1}) from version {2} to {3}; your answers, drafts and submissions are kept.</source>
        <translation>Se actualizó &apos;{0}&apos; ({1}) de la versión {2} a la {3}; se conservan tus respuestas, borradores y envíos.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; ({1}) version {2} is already installed; nothing changed.</source>
        <translation>&apos;{0}&apos; ({1}) versión {2} ya está instalado; no cambió nada.</translation>
    </message>
    <message>
        <source>This computer has no password keyring (such as GNOME Keyring, KWallet, the Windows Credential Manager or the macOS Keychain), so your sign-in is kept only while Companion runs.</source>
        <translation>Este ordenador no tiene llavero de contraseñas (como GNOME Keyring, KWallet, el Administrador de credenciales de Windows o el Llavero de macOS), así que tu sesión solo se guarda mientras Companion está abierto.</translation>
    </message>
    <message>
        <source>The update repository could not be reached. Companion will try again later.</source>
        <translation>No se pudo contactar con el repositorio de actualizaciones. Companion lo intentará más tarde.</translation>
    </message>
    <message>
        <source>The update repository answered with an error. Companion will try again later.</source>
        <translation>El repositorio de actualizaciones respondió con un error. Companion lo intentará más tarde.</translation>
    </message>
    <message>
        <source>The update repository sent more data than it should, so Companion stopped. Nothing was installed.</source>
        <translation>El repositorio de actualizaciones envió más datos de los debidos y Companion se detuvo. No se instaló nada.</translation>
    </message>
    <message>
        <source>The update came too slowly and was stopped. Companion will try again later.</source>
        <translation>La actualización llegaba demasiado despacio y se detuvo. Companion lo intentará más tarde.</translation>
    </message>
    <message>
        <source>The update is not signed by Companion&apos;s publisher and was refused. Nothing was installed.</source>
        <translation>La actualización no está firmada por el editor de Companion y se rechazó. No se instaló nada.</translation>
    </message>
    <message>
        <source>The repository offered older information than Companion already has, so it was refused. Nothing was installed.</source>
        <translation>El repositorio ofreció información más antigua de la que Companion ya tiene, así que se rechazó. No se instaló nada.</translation>
    </message>
    <message>
        <source>The repository&apos;s files do not belong together, so the update was refused. Nothing was installed.</source>
        <translation>Los archivos del repositorio no corresponden entre sí, así que se rechazó la actualización. No se instaló nada.</translation>
    </message>
    <message>
        <source>The repository&apos;s signed information has expired, so it cannot be trusted now. Nothing was installed.</source>
        <translation>La información firmada del repositorio ha caducado, así que ahora no es de fiar. No se instaló nada.</translation>
    </message>
    <message>
        <source>The repository&apos;s information could not be read, so the update was refused. Nothing was installed.</source>
        <translation>No se pudo leer la información del repositorio, así que se rechazó la actualización. No se instaló nada.</translation>
    </message>
    <message>
        <source>The downloaded update does not match what was signed and was thrown away. Nothing was installed.</source>
        <translation>La actualización descargada no coincide con lo firmado y se descartó. No se instaló nada.</translation>
    </message>
    <message>
        <source>This copy of Companion differs from its original files, so the small update cannot be applied; the whole version is needed.</source>
        <translation>Esta copia de Companion difiere de sus archivos originales, así que no se puede aplicar la actualización pequeña; hace falta la versión completa.</translation>
    </message>
    <message>
        <source>The update holds files it must not, so it was refused. Nothing was installed.</source>
        <translation>La actualización contiene archivos que no debe, así que se rechazó. No se instaló nada.</translation>
    </message>
    <message>
        <source>The update is no longer offered by the repository.</source>
        <translation>El repositorio ya no ofrece esta actualización.</translation>
    </message>
    <message>
        <source>This copy of Companion has no key to check updates with, so it cannot update itself.</source>
        <translation>Esta copia de Companion no tiene la clave para comprobar las actualizaciones, así que no puede actualizarse sola.</translation>
    </message>
    <message>
        <source>The update could not be saved on this computer (is the disk full?). Nothing was installed.</source>
        <translation>No se pudo guardar la actualización en este equipo (¿está lleno el disco?). No se instaló nada.</translation>
    </message>
    <message>
        <source>The update was stopped. Nothing was installed.</source>
        <translation>La actualización se detuvo. No se instaló nada.</translation>
    </message>
    <message>
        <source>The update failed ({0}). Nothing was installed.</source>
        <translation>La actualización falló ({0}). No se instaló nada.</translation>
    </message>
    <message>
        <source>Companion does not look for updates: you chose never.</source>
        <translation>Companion no busca actualizaciones: usted eligió nunca.</translation>
    </message>
    <message>
        <source>No update repository is set.</source>
        <translation>No hay ningún repositorio de actualizaciones configurado.</translation>
    </message>
    <message>
        <source>This copy of Companion runs from its source files; it is updated with them, not by itself.</source>
        <translation>Esta copia de Companion funciona desde sus archivos fuente; se actualiza con ellos, no sola.</translation>
    </message>
    <message>
        <source>Companion is installed for all users of this computer; its administrator installs updates.</source>
        <translation>Companion está instalado para todos los usuarios de este equipo; las actualizaciones las instala su administrador.</translation>
    </message>
    <message>
        <source>Version {0} waits for the download rules you set. {1}</source>
        <translation>La versión {0} espera a que lo permitan sus reglas de descarga. {1}</translation>
    </message>
    <message>
        <source>The check waits for the download rules you set. {0}</source>
        <translation>La comprobación espera a que lo permitan sus reglas de descarga. {0}</translation>
    </message>
    <message>
        <source>Companion is up to date (version {0}).</source>
        <translation>Companion está al día (versión {0}).</translation>
    </message>
    <message>
        <source>Version {0} is available.</source>
        <translation>La versión {0} está disponible.</translation>
    </message>
    <message>
        <source>Version {0} is ready: it starts the next time you open Companion.</source>
        <translation>La versión {0} está lista: se iniciará la próxima vez que abra Companion.</translation>
    </message>
    <message>
        <source>Version {0} did not start on this computer, so Companion stays on this version and does not download it again.</source>
        <translation>La versión {0} no arrancó en este equipo, así que Companion sigue con esta versión y no la vuelve a descargar.</translation>
    </message>
    <message>
        <source>The update costs {0} to download (the whole version would be {1}).</source>
        <translation>Descargar la actualización cuesta {0} (la versión completa serían {1}).</translation>
    </message>
    <message>
        <source>The update is the whole version: {0} to download.</source>
        <translation>La actualización es la versión completa: {0} de descarga.</translation>
    </message>
    <message>
        <source>This is not a Companion course file (.ccb).</source>
        <translation>No es un archivo de curso de Companion (.ccb).</translation>
    </message>
    <message>
        <source>The course file is incomplete: it ends too early (perhaps the copy was interrupted). Copy it again.</source>
        <translation>El archivo de curso está incompleto: termina antes de tiempo (quizá se interrumpió la copia). Cópialo de nuevo.</translation>
    </message>
    <message>
        <source>The course file was altered or damaged: &apos;{0}&apos; failed the check that it is complete and unaltered.</source>
        <translation>El archivo del curso fue alterado o está dañado: «{0}» no pasó la comprobación de que está completo y sin alteraciones.</translation>
    </message>
    <message>
        <source>The course file is refused: the entry &apos;{0}&apos; points outside its folder.</source>
        <translation>Se rechaza el archivo de curso: la entrada &apos;{0}&apos; apunta fuera de su carpeta.</translation>
    </message>
    <message>
        <source>The course file is refused: the entry &apos;{0}&apos; is an absolute path.</source>
        <translation>Se rechaza el archivo de curso: la entrada &apos;{0}&apos; es una ruta absoluta.</translation>
    </message>
    <message>
        <source>The course file is refused: the entry &apos;{0}&apos; is a symbolic link.</source>
        <translation>Se rechaza el archivo de curso: la entrada &apos;{0}&apos; es un enlace simbólico.</translation>
    </message>
    <message>
        <source>The course file is refused: it holds {0} files, more than the limit of {1}.</source>
        <translation>Se rechaza el archivo de curso: contiene {0} archivos, más que el límite de {1}.</translation>
    </message>
    <message>
        <source>The course file is refused: it would unpack to {0}, more than the limit of {1}.</source>
        <translation>Se rechaza el archivo de curso: descomprimido ocuparía {0}, más que el límite de {1}.</translation>
    </message>
    <message>
        <source>The course file is refused: &apos;{0}&apos; would unpack to {1} times its packed size (the limit is {2} times).</source>
        <translation>Se rechaza el archivo de curso: &apos;{0}&apos; ocuparía {1} veces su tamaño comprimido (el límite es {2} veces).</translation>
    </message>
    <message>
        <source>The course file is refused: &apos;{0}&apos; appears twice.</source>
        <translation>Se rechaza el archivo de curso: &apos;{0}&apos; aparece dos veces.</translation>
    </message>
    <message>
        <source>The course file was altered: &apos;{0}&apos; is not in its list of files.</source>
        <translation>El archivo de curso fue alterado: &apos;{0}&apos; no está en su lista de archivos.</translation>
    </message>
    <message>
        <source>The course file is incomplete: &apos;{0}&apos; is missing.</source>
        <translation>El archivo de curso está incompleto: falta &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>The course file is refused: &apos;{0}&apos; is encrypted.</source>
        <translation>Se rechaza el archivo de curso: &apos;{0}&apos; está cifrado.</translation>
    </message>
    <message>
        <source>The course file is refused: &apos;{0}&apos; is packed in a way Companion does not read.</source>
        <translation>Se rechaza el archivo de curso: &apos;{0}&apos; está comprimido de una forma que Companion no lee.</translation>
    </message>
    <message>
        <source>This course file was made by a newer version of Companion; update Companion to open it.</source>
        <translation>Este archivo de curso se creó con una versión más reciente de Companion; actualiza Companion para abrirlo.</translation>
    </message>
    <message>
        <source>The course file&apos;s list of files is damaged ({0}).</source>
        <translation>La lista de archivos del archivo de curso está dañada ({0}).</translation>
    </message>
    <message>
        <source>The course in this file cannot be used: {0}</source>
        <translation>El curso de este archivo no se puede usar: {0}</translation>
    </message>
    <message>
        <source>The course file was altered: &apos;{0}&apos; belongs to no material of the course.</source>
        <translation>El archivo de curso fue alterado: &apos;{0}&apos; no pertenece a ningún material del curso.</translation>
    </message>
    <message>
        <source>This file holds version {0} of &apos;{1}&apos;, older than the installed version {2}; nothing was changed.</source>
        <translation>Este archivo contiene la versión {0} de &apos;{1}&apos;, anterior a la versión instalada {2}; no se cambió nada.</translation>
    </message>
    <message>
        <source>There is not enough free disk space: the course needs {0} and {1} are free.</source>
        <translation>No hay suficiente espacio libre en el disco: el curso necesita {0} y hay {1} libres.</translation>
    </message>
    <message>
        <source>The file could not be read or written: {0}</source>
        <translation>No se pudo leer ni escribir el archivo: {0}</translation>
    </message>
    <message>
        <source>Nothing was imported. {0}</source>
        <translation>No se importó nada. {0}</translation>
    </message>
    <message>
        <source>Added &apos;{0}&apos; (version {1}).</source>
        <translation>Se añadió &apos;{0}&apos; (versión {1}).</translation>
    </message>
    <message>
        <source>Updated &apos;{0}&apos; from version {1} to {2}; your answers, drafts and submissions are kept.</source>
        <translation>Se actualizó &apos;{0}&apos; de la versión {1} a la {2}; se conservan tus respuestas, borradores y entregas.</translation>
    </message>
    <message>
        <source>Updated &apos;{0}&apos; (version {1}); your answers, drafts and submissions are kept.</source>
        <translation>Se actualizó &apos;{0}&apos; (versión {1}); se conservan tus respuestas, borradores y entregas.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; version {1} is already installed.</source>
        <translation>&apos;{0}&apos; versión {1} ya está instalado.</translation>
    </message>
    <message>
        <source>1 file is now available offline.</source>
        <translation>Ahora hay 1 archivo disponible sin conexión.</translation>
    </message>
    <message>
        <source>{0} files are now available offline.</source>
        <translation>Ahora hay {0} archivos disponibles sin conexión.</translation>
    </message>
    <message>
        <source>Its files were already on this computer.</source>
        <translation>Sus archivos ya estaban en este equipo.</translation>
    </message>
    <message>
        <source>The file holds no material files.</source>
        <translation>El archivo no contiene archivos de materiales.</translation>
    </message>
    <message>
        <source>Wrote {0}: &apos;{1}&apos; version {2} with {3} material files ({4}).</source>
        <translation>Se guardó {0}: &apos;{1}&apos; versión {2} con {3} archivos de materiales ({4}).</translation>
    </message>
    <message>
        <source>Not on this computer, so not included: {0}.</source>
        <translation>No están en este equipo, así que no se incluyeron: {0}.</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Lecture notes</source>
        <translation>Apuntes de la clase</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>Pregunta de cuestionario</translation>
    </message>
    <message>
        <source>Quiz explanation</source>
        <translation>Explicación de cuestionario</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Sesión en directo</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>{0}, page {1}</source>
        <translation>{0}, página {1}</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”. Downloaded PDFs are searched too; download a lecture&apos;s slides to search them.</source>
        <translation>No se encontró nada para «{0}». También se buscan los PDF descargados; descarga las diapositivas de una lección para buscar en ellas.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>a question type Companion does not run</source>
        <translation>un tipo de pregunta que Companion no ejecuta</translation>
    </message>
    <message>
        <source>could not be read as its format says</source>
        <translation>no se pudo leer según su formato</translation>
    </message>
    <message>
        <source>a file it names is missing</source>
        <translation>falta un archivo que menciona</translation>
    </message>
    <message>
        <source>no question Companion can run</source>
        <translation>ninguna pregunta que Companion pueda ejecutar</translation>
    </message>
    <message>
        <source>works only on the platform</source>
        <translation>solo funciona en la plataforma</translation>
    </message>
    <message numerus="yes">
        <source>Updated &apos;{0}&apos; with %n question(s); your answers are kept.</source>
        <translation>
            <numerusform>Se actualizó «{0}» con %n pregunta; sus respuestas se conservan.</numerusform>
            <numerusform>Se actualizó «{0}» con %n preguntas; sus respuestas se conservan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported &apos;{0}&apos; with %n question(s).</source>
        <translation>
            <numerusform>Se importó «{0}» con %n pregunta.</numerusform>
            <numerusform>Se importó «{0}» con %n preguntas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practice quizzes: {0}.</source>
        <translation>Cuestionarios de práctica: {0}.</translation>
    </message>
    <message>
        <source>Left out: {0} ({1}{2}).</source>
        <translation>Omitido: {0} ({1}{2}).</translation>
    </message>
    <message>
        <source>This is not a course cartridge: it has no imsmanifest.xml at its top level.</source>
        <translation>Esto no es un cartucho de curso: no tiene imsmanifest.xml en su nivel superior.</translation>
    </message>
    <message>
        <source>The cartridge&apos;s imsmanifest.xml cannot be read ({0}).</source>
        <translation>No se puede leer el imsmanifest.xml del cartucho ({0}).</translation>
    </message>
    <message>
        <source>The cartridge is refused: &apos;{0}&apos; declares XML entities or external references, which Companion never expands.</source>
        <translation>Cartucho rechazado: «{0}» declara entidades XML o referencias externas, que Companion nunca expande.</translation>
    </message>
    <message>
        <source>The cartridge is refused: its imsmanifest.xml is {0}, more than the limit of {1}.</source>
        <translation>Cartucho rechazado: su imsmanifest.xml ocupa {0}, más que el límite de {1}.</translation>
    </message>
    <message>
        <source>%n lecture(s)</source>
        <translation>%n lección(es)</translation>
    </message>
    <message>
        <source>%n page(s)</source>
        <translation>%n página(s)</translation>
    </message>
    <message>
        <source>%n file(s) kept offline</source>
        <translation>%n archivo(s) guardado(s) para usar sin conexión</translation>
    </message>
    <message>
        <source>%n online link(s)</source>
        <translation>%n enlace(s) en línea</translation>
    </message>
    <message>
        <source>%n discussion topic(s)</source>
        <translation>%n tema(s) de foro</translation>
    </message>
    <message>
        <source>%n quiz(zes)</source>
        <translation>%n cuestionario(s)</translation>
    </message>
    <message>
        <source>%n assignment(s)</source>
        <translation>%n tarea(s)</translation>
    </message>
    <message>
        <source>%n due date(s)</source>
        <translation>%n fecha(s) de entrega</translation>
    </message>
    <message>
        <source>%n item(s) that work only on the platform, listed with their link</source>
        <translation>%n elemento(s) que solo funcionan en la plataforma, listados con su enlace</translation>
    </message>
    <message>
        <source>%n section(s)</source>
        <translation>%n sección(es)</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>verdadero/falso</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>opción única</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>opción múltiple</translation>
    </message>
    <message>
        <source>short answer</source>
        <translation>respuesta corta</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>numérica</translation>
    </message>
    <message>
        <source>fill in the blanks</source>
        <translation>completar espacios</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>emparejamiento</translation>
    </message>
    <message>
        <source>essay</source>
        <translation>ensayo</translation>
    </message>
    <message>
        <source>works only on the platform; kept as a link</source>
        <translation>solo funciona en la plataforma; se conserva como enlace</translation>
    </message>
    <message>
        <source>a kind of item Companion does not run ({0})</source>
        <translation>un tipo de elemento que Companion no ejecuta ({0})</translation>
    </message>
    <message>
        <source>the file names &apos;{0}&apos;, which it does not hold</source>
        <translation>el archivo menciona «{0}», que no contiene</translation>
    </message>
    <message>
        <source>its file &apos;{0}&apos; cannot be read</source>
        <translation>no se puede leer su archivo «{0}»</translation>
    </message>
    <message>
        <source>it has no question Companion can run</source>
        <translation>no tiene ninguna pregunta que Companion pueda ejecutar</translation>
    </message>
    <message>
        <source>%n more item(s) beyond the limit of {0} parts were left out</source>
        <translation>se omitieron %n elemento(s) más allá del límite de {0} partes</translation>
    </message>
    <message>
        <source>items nested more than {0} deep were left out</source>
        <translation>se omitieron los elementos anidados a más de {0} niveles</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s): {0}</source>
        <translation>
            <numerusform>%n pregunta(s): {0}</numerusform>
            <numerusform>%n pregunta(s): {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Updated &apos;{0}&apos; (version {1}); your answers, drafts and outbox are kept.</source>
        <translation>Se actualizó «{0}» (versión {1}); se conservan sus respuestas, borradores y bandeja de salida.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is already here as this file has it; nothing changed.</source>
        <translation>«{0}» ya está aquí tal como lo tiene este archivo; no cambió nada.</translation>
    </message>
    <message>
        <source>Added &apos;{0}&apos; from an IMS Common Cartridge {1}.</source>
        <translation>Se añadió «{0}» desde un IMS Common Cartridge {1}.</translation>
    </message>
    <message>
        <source>Came in: {0}.</source>
        <translation>Importado: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) did not come in as they are:</source>
        <translation>
            <numerusform>%n elemento(s) no se importaron tal cual:</numerusform>
            <numerusform>%n elemento(s) no se importaron tal cual:</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {0}: an IMS Common Cartridge 1.1 with {1} files ({2}).</source>
        <translation>Se escribió {0}: un IMS Common Cartridge 1.1 con {1} archivos ({2}).</translation>
    </message>
    <message>
        <source>Other platforms will not get these (Companion reads them back): {0}.</source>
        <translation>Otras plataformas no recibirán esto (Companion sí lo vuelve a leer): {0}.</translation>
    </message>
</context>
</TS>
