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
    "not_utf8": {"en": "The report is not UTF-8 text; export it again from Zoom as CSV.",
                 "ko": "보고서가 UTF-8 텍스트가 아닙니다. Zoom에서 CSV로 다시 내보내세요.",
                 "es": "El informe no es texto UTF-8; expórtelo de nuevo desde Zoom como CSV."},
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
