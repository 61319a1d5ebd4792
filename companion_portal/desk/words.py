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
