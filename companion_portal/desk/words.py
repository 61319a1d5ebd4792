"""The desk's fixed words in English, Korean and Spanish (names, titles and comments that came from
outside are shown as written, escaped by Jinja2's autoescape)."""

from __future__ import annotations

LANGUAGES = ("en", "ko", "es")

WORDS: dict[str, dict[str, str]] = {
    "desk": {"en": "Organizer's desk", "ko": "운영자 데스크", "es": "Mesa del organizador"},
    "skip": {"en": "Skip to content", "ko": "본문으로 건너뛰기", "es": "Saltar al contenido"},
    "language": {"en": "Language", "ko": "언어", "es": "Idioma"},
    "sign_in": {"en": "Sign in", "ko": "로그인", "es": "Iniciar sesión"},
    "sign_out": {"en": "Sign out", "ko": "로그아웃", "es": "Cerrar sesión"},
    "login": {"en": "Login", "ko": "아이디", "es": "Usuario"},
    "password": {"en": "Password", "ko": "비밀번호", "es": "Contraseña"},
    "bad_credentials": {"en": "The login or the password is wrong.", "ko": "아이디 또는 비밀번호가 틀렸습니다.",
                        "es": "El usuario o la contraseña no son correctos."},
    "too_many": {"en": "Too many failed sign-ins; try again in {seconds} s.",
                 "ko": "로그인 실패가 너무 많습니다. {seconds}초 후에 다시 시도하세요.",
                 "es": "Demasiados intentos fallidos; vuelva a intentarlo en {seconds} s."},
    "form_expired": {"en": "This form has expired; it was shown again, please send it once more.",
                     "ko": "양식이 만료되어 다시 표시했습니다. 한 번 더 보내 주세요.",
                     "es": "Este formulario caducó; se ha mostrado de nuevo, envíelo otra vez."},
    "courses": {"en": "Courses", "ko": "과정", "es": "Cursos"},
    "no_courses": {"en": "You run no course yet. Ask the portal's administrator to add you to one.",
                   "ko": "아직 운영하는 과정이 없습니다. 포털 관리자에게 과정 추가를 요청하세요.",
                   "es": "Aún no dirige ningún curso. Pida al administrador del portal que le añada a uno."},
    "course": {"en": "Course", "ko": "과정", "es": "Curso"},
    "dates": {"en": "Dates", "ko": "기간", "es": "Fechas"},
    "participants": {"en": "Participants", "ko": "참가자", "es": "Participantes"},
    "submissions": {"en": "Submissions", "ko": "제출물", "es": "Entregas"},
    "no_submissions": {"en": "Nothing has been submitted yet.", "ko": "아직 제출된 것이 없습니다.",
                       "es": "Todavía no se ha entregado nada."},
    "assignment": {"en": "Assignment", "ko": "과제", "es": "Tarea"},
    "participant": {"en": "Participant", "ko": "참가자", "es": "Participante"},
    "received": {"en": "Received", "ko": "받은 시각", "es": "Recibida"},
    "timeliness": {"en": "Timeliness", "ko": "기한 준수", "es": "Puntualidad"},
    "on_time": {"en": "on time", "ko": "기한 내", "es": "a tiempo"},
    "on_time_commitment": {"en": "on time by commitment", "ko": "약속으로 기한 내", "es": "a tiempo por compromiso"},
    "late": {"en": "late", "ko": "지각", "es": "tarde"},
    "delivered": {"en": "{count} delivered", "ko": "{count}명 제출", "es": "{count} entregadas"},
    "not_found": {"en": "There is no such page, or it belongs to a course you do not run.",
                  "ko": "그런 페이지가 없거나 운영하지 않는 과정의 페이지입니다.",
                  "es": "No existe esa página, o pertenece a un curso que usted no dirige."},
    "export_progress": {"en": "Download progress (CSV)", "ko": "진도 내려받기(CSV)",
                        "es": "Descargar el progreso (CSV)"},
    "attendance": {"en": "Attendance", "ko": "출석", "es": "Asistencia"},
    "session": {"en": "Live session", "ko": "실시간 세션", "es": "Sesión en directo"},
    "minimum": {"en": "Minimum minutes present", "ko": "최소 참석 시간(분)", "es": "Minutos mínimos de presencia"},
    "zoom_report": {"en": "Zoom participants report (CSV)", "ko": "Zoom 참가자 보고서(CSV)",
                    "es": "Informe de participantes de Zoom (CSV)"},
    "preview": {"en": "Preview", "ko": "미리 보기", "es": "Vista previa"},
    "record": {"en": "Record attendance", "ko": "출석 기록", "es": "Registrar la asistencia"},
    "recorded": {"en": "{count} attendances recorded.", "ko": "출석 {count}건을 기록했습니다.",
                 "es": "Se registraron {count} asistencias."},
    "matched": {"en": "Matched", "ko": "찾은 참가자", "es": "Identificados"},
    "unmatched": {"en": "Not matched: choose a login, or leave empty to skip",
                  "ko": "찾지 못함: 아이디를 고르거나 비워 두면 건너뜁니다",
                  "es": "Sin identificar: elija un usuario o déjelo vacío para omitirlo"},
    "in_report": {"en": "Name in the report", "ko": "보고서의 이름", "es": "Nombre en el informe"},
    "email": {"en": "E-mail", "ko": "이메일", "es": "Correo electrónico"},
    "minutes": {"en": "Minutes", "ko": "분", "es": "Minutos"},
    "present": {"en": "Present", "ko": "출석", "es": "Presente"},
    "below_minimum": {"en": "below the minimum", "ko": "최소 시간 미만", "es": "por debajo del mínimo"},
    "report_too_big": {"en": "The report is larger than 5 MB; it was not read.",
                       "ko": "보고서가 5MB보다 커서 읽지 않았습니다.",
                       "es": "El informe supera los 5 MB; no se ha leído."},
    "unknown_session": {"en": "This course has no such live session.", "ko": "이 과정에 그런 실시간 세션이 없습니다.",
                        "es": "Este curso no tiene esa sesión en directo."},
    "not_utf8": {"en": "The file is not UTF-8 (or UTF-16) text; save or export it again as CSV UTF-8.",
                 "ko": "파일이 UTF-8(또는 UTF-16) 텍스트가 아닙니다. CSV UTF-8로 다시 저장하거나 내보내세요.",
                 "es": "El archivo no es texto UTF-8 (ni UTF-16); guárdelo o expórtelo de nuevo como CSV UTF-8."},
    "no_participants_table": {"en": "No participants table was found in the report (a header starting with "
                                    "\u201cName\u201d).",
                              "ko": "보고서에서 참가자 표(\u201cName\u201d으로 시작하는 머리글)를 찾지 못했습니다.",
                              "es": "No se encontró la tabla de participantes en el informe (una cabecera que "
                                    "empieza por \u201cName\u201d)."},
    "no_duration_column": {"en": "The report has no duration column.", "ko": "보고서에 참석 시간 열이 없습니다.",
                           "es": "El informe no tiene columna de duración."},
    "unknown_logins": {"en": "Nothing was recorded: no participant has the login {logins}.",
                       "ko": "아무것도 기록하지 않았습니다. 아이디가 {logins}인 참가자가 없습니다.",
                       "es": "No se registró nada: ningún participante tiene el usuario {logins}."},
    "essay": {"en": "Essay", "ko": "에세이", "es": "Ensayo"},
    "answers": {"en": "Answers", "ko": "답변", "es": "Respuestas"},
    "files": {"en": "Files", "ko": "파일", "es": "Archivos"},
    "download_zip": {"en": "download all (zip)", "ko": "모두 내려받기(zip)", "es": "descargar todo (zip)"},
    "feedback": {"en": "Feedback", "ko": "피드백", "es": "Comentarios"},
    "feedback_saved": {"en": "Feedback saved; the participant sees it at the next sync.",
                       "ko": "피드백을 저장했습니다. 참가자는 다음 동기화 때 봅니다.",
                       "es": "Comentarios guardados; el participante los verá en la próxima sincronización."},
    "verdict": {"en": "Verdict", "ko": "판정", "es": "Valoración"},
    "verdict_accepted": {"en": "Accepted", "ko": "통과", "es": "Aceptada"},
    "verdict_needs_revision": {"en": "Needs revision", "ko": "수정 필요", "es": "Necesita revisión"},
    "not_answered": {"en": "Not answered yet", "ko": "아직 답하지 않음", "es": "Sin responder"},
    "earlier_deliveries": {"en": "Earlier deliveries of this assignment by the same participant",
                           "ko": "같은 참가자가 이 과제를 앞서 제출한 것",
                           "es": "Entregas anteriores de esta tarea del mismo participante"},
    "comment": {"en": "Comment to the participant", "ko": "참가자에게 남길 말", "es": "Comentario para el participante"},
    "send_feedback": {"en": "Save feedback", "ko": "피드백 저장", "es": "Guardar comentarios"},
    "choose_verdict": {"en": "Choose a verdict: accepted or needs revision.",
                       "ko": "판정을 고르세요: 통과 또는 수정 필요.",
                       "es": "Elija una valoración: aceptada o necesita revisión."},
    # ---- publishing and dates (publish.py) ----
    "publish": {"en": "Publish or update a course", "ko": "과정 게시 또는 갱신", "es": "Publicar o actualizar un curso"},
    "course_file": {"en": "Course file (.ccb), course folder as .zip, or IMS Common Cartridge (.imscc)",
                    "ko": "과정 파일(.ccb), .zip으로 묶은 과정 폴더 또는 IMS Common Cartridge(.imscc)",
                    "es": "Archivo de curso (.ccb), carpeta del curso en .zip o IMS Common Cartridge (.imscc)"},
    "upload": {"en": "Upload and publish", "ko": "올려서 게시", "es": "Subir y publicar"},
    "version": {"en": "Version", "ko": "버전", "es": "Versión"},
    "published": {"en": "Version {version} is published; participants get it at their next sync.",
                  "ko": "버전 {version}을(를) 게시했습니다. 참가자는 다음 동기화 때 받습니다.",
                  "es": "La versión {version} está publicada; los participantes la recibirán en su próxima sincronización."},
    "updated": {"en": "The course is updated to version {version}; participants get it at their next sync.",
                "ko": "과정을 버전 {version}(으)로 갱신했습니다. 참가자는 다음 동기화 때 받습니다.",
                "es": "El curso se actualizó a la versión {version}; los participantes la recibirán en su próxima sincronización."},
    "upload_too_big": {"en": "The file is larger than {limit} MB; nothing was changed.",
                       "ko": "파일이 {limit}MB보다 큽니다. 아무것도 바꾸지 않았습니다.",
                       "es": "El archivo supera los {limit} MB; no se ha cambiado nada."},
    "upload_refused": {"en": "The file was refused and nothing was changed: {detail}",
                       "ko": "파일을 받지 않았고 아무것도 바꾸지 않았습니다: {detail}",
                       "es": "Se rechazó el archivo y no se ha cambiado nada: {detail}"},
    "not_a_course": {"en": "This zip holds no course: no course.json at its top (or in its one top folder), no "
                           "bundle.json, no imsmanifest.xml. Nothing was changed.",
                     "ko": "이 zip에는 과정이 없습니다(맨 위나 유일한 최상위 폴더에 course.json, bundle.json, "
                           "imsmanifest.xml이 없음). 아무것도 바꾸지 않았습니다.",
                     "es": "Este zip no contiene ningún curso: no hay course.json en su raíz (ni en su única carpeta), "
                           "ni bundle.json, ni imsmanifest.xml. No se ha cambiado nada."},
    "course_taken": {"en": "A course with the id {course} is already published here by another organizer; "
                           "nothing was changed.",
                     "ko": "아이디가 {course}인 과정을 다른 운영자가 이미 게시했습니다. 아무것도 바꾸지 않았습니다.",
                     "es": "Otro organizador ya publicó aquí un curso con el identificador {course}; no se ha cambiado nada."},
    "older_version": {"en": "This file holds version {version}, older than the published version {published}; "
                            "nothing was changed.",
                      "ko": "이 파일은 버전 {version}으로, 게시된 버전 {published}보다 오래되었습니다. 아무것도 바꾸지 않았습니다.",
                      "es": "Este archivo contiene la versión {version}, anterior a la publicada ({published}); "
                            "no se ha cambiado nada."},
    "run_again": {"en": "Run on new dates", "ko": "새 일정으로 운영", "es": "Impartir en nuevas fechas"},
    "new_start": {"en": "New first day", "ko": "새 시작일", "es": "Nuevo primer día"},
    "new_start_help": {"en": "The same weekday as now: every session keeps its weekday and time.",
                       "ko": "지금과 같은 요일이어야 합니다. 모든 세션의 요일과 시각이 유지됩니다.",
                       "es": "El mismo día de la semana que ahora: cada sesión conserva su día y su hora."},
    "move": {"en": "Move the schedule", "ko": "일정 옮기기", "es": "Mover el calendario"},
    "redated": {"en": "The schedule moved; participants see the new dates at their next sync.",
                "ko": "일정을 옮겼습니다. 참가자는 다음 동기화 때 새 일정을 봅니다.",
                "es": "El calendario se ha movido; los participantes verán las nuevas fechas en su próxima sincronización."},
    "bad_date": {"en": "Give the new first day as a date (YYYY-MM-DD).", "ko": "새 시작일을 날짜(YYYY-MM-DD)로 입력하세요.",
                 "es": "Indique el nuevo primer día como fecha (AAAA-MM-DD)."},
    "wrong_weekday": {"en": "The new first day must be a {weekday}, like the course's first day, so that every live "
                            "session keeps its weekday. Nothing was changed.",
                      "ko": "새 시작일은 과정의 첫날처럼 {weekday}이어야 실시간 세션의 요일이 유지됩니다. 아무것도 바꾸지 않았습니다.",
                      "es": "El nuevo primer día debe ser {weekday}, como el primer día del curso, para que cada sesión "
                            "en directo conserve su día. No se ha cambiado nada."},
    "weekday_0": {"en": "Monday", "ko": "월요일", "es": "lunes"},
    "weekday_1": {"en": "Tuesday", "ko": "화요일", "es": "martes"},
    "weekday_2": {"en": "Wednesday", "ko": "수요일", "es": "miércoles"},
    "weekday_3": {"en": "Thursday", "ko": "목요일", "es": "jueves"},
    "weekday_4": {"en": "Friday", "ko": "금요일", "es": "viernes"},
    "weekday_5": {"en": "Saturday", "ko": "토요일", "es": "sábado"},
    "weekday_6": {"en": "Sunday", "ko": "일요일", "es": "domingo"},
    # ---- participants (people.py, roster.py) ----
    "roster": {"en": "Participants", "ko": "참가자", "es": "Participantes"},
    "name": {"en": "Name", "ko": "이름", "es": "Nombre"},
    "login_or_email": {"en": "Login or e-mail", "ko": "아이디 또는 이메일", "es": "Usuario o correo electrónico"},
    "time_zone": {"en": "Time zone", "ko": "시간대", "es": "Zona horaria"},
    "time_zone_help": {"en": "As Asia/Seoul or America/Bogota; empty: the course's ({zone}).",
                       "ko": "Asia/Seoul, America/Bogota 형식. 비워 두면 과정의 시간대({zone}).",
                       "es": "Como Asia/Seoul o America/Bogota; vacío: la del curso ({zone})."},
    "app_language": {"en": "Language", "ko": "언어", "es": "Idioma"},
    "language_any": {"en": "the app's choice", "ko": "앱 설정대로", "es": "la que elija la aplicación"},
    "password_state": {"en": "Password", "ko": "비밀번호", "es": "Contraseña"},
    "has_password": {"en": "set", "ko": "있음", "es": "establecida"},
    "no_password": {"en": "not yet", "ko": "아직 없음", "es": "todavía no"},
    "no_people": {"en": "Nobody is on this course's roster yet.", "ko": "아직 이 과정의 명단에 아무도 없습니다.",
                  "es": "Todavía no hay nadie en la lista de este curso."},
    "add_one": {"en": "Add a participant", "ko": "참가자 추가", "es": "Añadir un participante"},
    "add": {"en": "Add", "ko": "추가", "es": "Añadir"},
    "import_roster": {"en": "Import a roster (CSV)", "ko": "명단 가져오기(CSV)", "es": "Importar una lista (CSV)"},
    "roster_help": {"en": "A header row naming the columns name, login (or e-mail), time zone, language; "
                          "separated by commas or semicolons, as a spreadsheet saves it (CSV UTF-8).",
                    "ko": "첫 행에 열 이름(이름, 아이디 또는 이메일, 시간대, 언어)이 있어야 합니다. 스프레드시트가 "
                          "저장하는 대로 쉼표나 세미콜론으로 구분(CSV UTF-8).",
                    "es": "Una primera fila que nombre las columnas nombre, usuario (o correo), zona horaria, idioma; "
                          "separadas por comas o punto y coma, como las guarda una hoja de cálculo (CSV UTF-8)."},
    "roster_file": {"en": "Roster file", "ko": "명단 파일", "es": "Archivo de la lista"},
    "export_roster": {"en": "Download the participants (CSV)", "ko": "참가자 내려받기(CSV)",
                      "es": "Descargar los participantes (CSV)"},
    "issue_passwords": {"en": "Give first passwords to the {count} participants who have none",
                        "ko": "비밀번호가 없는 참가자 {count}명에게 첫 비밀번호 발급",
                        "es": "Dar una primera contraseña a los {count} participantes que no tienen"},
    "issue_more": {"en": "Next: first passwords for the {count} still without one (at most 100 at a time)",
                   "ko": "다음: 아직 비밀번호가 없는 {count}명에게 발급(한 번에 최대 100명)",
                   "es": "Siguiente: primeras contraseñas para los {count} que aún no tienen (100 como máximo cada vez)"},
    "imported": {"en": "{count} participants added to the roster.", "ko": "참가자 {count}명을 명단에 추가했습니다.",
                 "es": "Se añadieron {count} participantes a la lista."},
    "preview_title": {"en": "Roster preview", "ko": "명단 미리 보기", "es": "Vista previa de la lista"},
    "line": {"en": "Line", "ko": "행", "es": "Línea"},
    "status": {"en": "Status", "ko": "상태", "es": "Estado"},
    "row_new": {"en": "new account", "ko": "새 계정", "es": "cuenta nueva"},
    "row_existing": {"en": "has an account: added to the roster, password unchanged",
                     "ko": "계정 있음: 명단에 추가, 비밀번호는 그대로", "es": "ya tiene cuenta: se añade a la lista, "
                                                                    "sin cambiar la contraseña"},
    "preview_ok": {"en": "{new} new and {known} existing participants will be added. Nothing is written until you "
                         "confirm.",
                   "ko": "새 참가자 {new}명과 기존 참가자 {known}명을 추가합니다. 확인하기 전에는 아무것도 기록하지 않습니다.",
                   "es": "Se añadirán {new} participantes nuevos y {known} existentes. No se escribe nada hasta que "
                         "confirme."},
    "preview_bad": {"en": "{bad} rows have errors: nothing was imported. Correct the file and import it again.",
                    "ko": "{bad}개 행에 오류가 있어 아무것도 가져오지 않았습니다. 파일을 고쳐 다시 가져오세요.",
                    "es": "{bad} filas tienen errores: no se importó nada. Corrija el archivo e impórtelo de nuevo."},
    "confirm_import": {"en": "Import these participants", "ko": "이 참가자들 가져오기",
                       "es": "Importar estos participantes"},
    "roster_expired": {"en": "This preview has expired or was already imported; import the file again.",
                       "ko": "이 미리 보기는 만료되었거나 이미 가져왔습니다. 파일을 다시 가져오세요.",
                       "es": "Esta vista previa caducó o ya se importó; importe el archivo de nuevo."},
    "missing_name": {"en": "the name is empty", "ko": "이름이 비어 있음", "es": "falta el nombre"},
    "name_too_long": {"en": "the name is longer than {limit} characters", "ko": "이름이 {limit}자를 넘음",
                      "es": "el nombre supera los {limit} caracteres"},
    "missing_login": {"en": "the login is empty", "ko": "아이디가 비어 있음", "es": "falta el usuario"},
    "login_too_long": {"en": "the login is longer than 120 characters", "ko": "아이디가 120자를 넘음",
                       "es": "el usuario supera los 120 caracteres"},
    "bad_email": {"en": "the e-mail address is not one", "ko": "올바른 이메일 주소가 아님",
                  "es": "la dirección de correo no es válida"},
    "bad_login": {"en": "a login has no spaces", "ko": "아이디에는 공백을 쓸 수 없음", "es": "el usuario no puede tener espacios"},
    "bad_time_zone": {"en": "unknown time zone “{zone}” (write it as Asia/Seoul)",
                      "ko": "알 수 없는 시간대 “{zone}”(Asia/Seoul 형식으로)",
                      "es": "zona horaria desconocida «{zone}» (escríbala como Asia/Seoul)"},
    "bad_language": {"en": "unknown language “{language}” (en, ko or es)", "ko": "알 수 없는 언어 “{language}”(en, ko, es)",
                     "es": "idioma desconocido «{language}» (en, ko o es)"},
    "duplicate_login": {"en": "the same login as line {line}", "ko": "{line}행과 같은 아이디", "es": "el mismo usuario que la línea {line}"},
    "roster_too_big": {"en": "The roster is larger than {limit} KB; nothing was imported.",
                       "ko": "명단이 {limit}KB보다 커서 아무것도 가져오지 않았습니다.",
                       "es": "La lista supera los {limit} KB; no se importó nada."},
    "roster_too_many": {"en": "The roster has more than {limit} rows; nothing was imported.",
                        "ko": "명단이 {limit}행을 넘어 아무것도 가져오지 않았습니다.",
                        "es": "La lista tiene más de {limit} filas; no se importó nada."},
    "roster_empty": {"en": "The roster has no rows.", "ko": "명단에 행이 없습니다.", "es": "La lista no tiene filas."},
    "roster_unreadable": {"en": "The roster is not a CSV file that can be read.", "ko": "읽을 수 있는 CSV 파일이 아닙니다.",
                          "es": "La lista no es un archivo CSV legible."},
    "roster_no_header": {"en": "The first row must name the columns: at least a name and a login (or e-mail) "
                               "column.",
                         "ko": "첫 행에 열 이름이 있어야 합니다. 적어도 이름과 아이디(또는 이메일) 열이 필요합니다.",
                         "es": "La primera fila debe nombrar las columnas: al menos nombre y usuario (o correo)."},
    "passwords_title": {"en": "Passwords to hand out", "ko": "전달할 비밀번호", "es": "Contraseñas para entregar"},
    "passwords_once": {"en": "Shown this once: the portal keeps only a fingerprint of each. Give each person "
                             "theirs privately (in person, by phone or a message only they read); they sign in to "
                             "the app with their login and this password.",
                       "ko": "이번 한 번만 보여 줍니다. 포털은 각 비밀번호의 지문만 보관합니다. 각자에게 따로(직접, "
                             "전화, 본인만 읽는 메시지로) 전달하세요. 참가자는 아이디와 이 비밀번호로 앱에 로그인합니다.",
                       "es": "Se muestran solo esta vez: el portal guarda solo una huella de cada una. Entregue a "
                             "cada persona la suya en privado (en persona, por teléfono o en un mensaje que solo ella "
                             "lea); con su usuario y esta contraseña inicia sesión en la aplicación."},
    "reset_note": {"en": "The old password no longer works, and the participant's app must sign in again.",
                   "ko": "이전 비밀번호는 더 이상 쓸 수 없으며 참가자의 앱은 다시 로그인해야 합니다.",
                   "es": "La contraseña anterior ya no sirve y la aplicación del participante debe iniciar sesión de nuevo."},
    "already_account": {"en": "{login} already had an account: added to the roster, password unchanged.",
                        "ko": "{login}은(는) 이미 계정이 있어 명단에 추가했습니다. 비밀번호는 그대로입니다.",
                        "es": "{login} ya tenía cuenta: se añadió a la lista sin cambiar la contraseña."},
    "nobody_without": {"en": "Everyone on the roster already has a password.",
                       "ko": "명단의 모두가 이미 비밀번호가 있습니다.", "es": "Todos en la lista ya tienen contraseña."},
    "not_only_yours": {"en": "This participant also takes a course you do not run, so their password is not yours to "
                             "set: ask the portal's administrator.",
                       "ko": "이 참가자는 귀하가 운영하지 않는 과정도 수강하므로 비밀번호를 정할 수 없습니다. 포털 관리자에게 요청하세요.",
                       "es": "Este participante también sigue un curso que usted no dirige, así que su contraseña no le "
                             "corresponde: pídala al administrador del portal."},
    "reset_password": {"en": "Reset the password", "ko": "비밀번호 재설정", "es": "Restablecer la contraseña"},
    "reset_help": {"en": "A new password is made and shown to you once; the old one stops working.",
                   "ko": "새 비밀번호를 만들어 한 번만 보여 줍니다. 이전 비밀번호는 더 이상 쓸 수 없습니다.",
                   "es": "Se crea una contraseña nueva que verá una sola vez; la anterior deja de servir."},
    "to_roster": {"en": "Back to the participants", "ko": "참가자 목록으로", "es": "Volver a los participantes"},
    "on_roster": {"en": "On the roster", "ko": "명단", "es": "En la lista"},
    "yes": {"en": "yes", "ko": "예", "es": "sí"},
    "no": {"en": "no (took part)", "ko": "아니요(참여함)", "es": "no (participó)"},
    # ---- attendance by hand, reports of three tools ----
    "meeting_report": {"en": "Meeting report: Zoom participants CSV, Teams attendance list or Google Meet attendance CSV",
                       "ko": "회의 보고서: Zoom 참가자 CSV, Teams 출석 목록 또는 Google Meet 출석 CSV",
                       "es": "Informe de la reunión: CSV de participantes de Zoom, lista de asistencia de Teams o CSV "
                             "de asistencia de Google Meet"},
    "rule": {"en": "present at least {minutes} minutes", "ko": "최소 {minutes}분 참석", "es": "presente al menos {minutes} minutos"},
    "minimum_help": {"en": "Empty: the session's own rule (the last one recorded with a report; {minutes} at first).",
                     "ko": "비워 두면 세션의 규칙(보고서로 마지막에 기록한 값, 처음에는 {minutes}분)을 씁니다.",
                     "es": "Vacío: la regla de la sesión (la última registrada con un informe; {minutes} al principio)."},
    "bad_minimum": {"en": "The minimum is a number of minutes from 0 to 1440.", "ko": "최소 시간은 0에서 1440 사이의 분 단위 숫자입니다.",
                    "es": "El mínimo es un número de minutos entre 0 y 1440."},
    "absent": {"en": "absent", "ko": "결석", "es": "ausente"},
    "tick": {"en": "tick by hand", "ko": "직접 체크", "es": "marcar a mano"},
    "tick_title": {"en": "Attendance by hand", "ko": "직접 출석 체크", "es": "Asistencia a mano"},
    "save_ticks": {"en": "Save attendance", "ko": "출석 저장", "es": "Guardar la asistencia"},
    "ticks_saved": {"en": "Attendance saved; participants see it at their next sync.",
                    "ko": "출석을 저장했습니다. 참가자는 다음 동기화 때 봅니다.",
                    "es": "Asistencia guardada; los participantes la verán en su próxima sincronización."},
    "read_as": {"en": "Read as a {tool} report.", "ko": "{tool} 보고서로 읽었습니다.", "es": "Leído como informe de {tool}."},
    "back": {"en": "Back to courses", "ko": "과정 목록으로", "es": "Volver a los cursos"},
}


def pick_language(asked: str | None, cookie: str | None, accept: str | None) -> str:
    """?lang=, then the cookie a choice left, then the browser's Accept-Language, then English."""
    for choice in (asked, cookie):
        if choice in LANGUAGES:
            return choice
    ranked = []
    for part in (accept or "")[:400].split(","):
        tag, _, q = part.strip().partition(";q=")
        try:
            weight = float(q) if q else 1.0
        except ValueError:
            continue
        ranked.append((weight, tag.strip()[:2].lower()))
    for _weight, tag in sorted(ranked, reverse=True):
        if tag in LANGUAGES:
            return tag
    return "en"


def translator(language: str):
    def t(key: str, **values) -> str:
        text = WORDS[key].get(language) or WORDS[key]["en"]
        return text.format(**values) if values else text
    return t
