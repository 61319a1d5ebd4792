"""Author the bundled sample course: writes resources/courses/caring-cities-2023/course.json.

This is the course author's source. It holds the quiz answers in plain text; the course file it
writes holds only sealed answer keys (see companion/domain/quiz.py). Run it after editing:

    python tools/build_sample_course.py
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.domain.quiz import seal_answer_key  # noqa: E402

COURSE_DIR = ROOT / "resources" / "courses" / "caring-cities-2023"
ZONE = "Europe/Madrid"
DEADLINE = "2023-07-19T23:59"
END_OF_PROGRAM = "2023-07-21T23:59"


def tf(qid, prompt, answer: bool, explanation):
    return {"id": qid, "type": "true_false", "prompt": prompt,
            "options": [{"id": "true", "text": "True"}, {"id": "false", "text": "False"}],
            "correct": ["true" if answer else "false"], "explanation": explanation}


def sc(qid, prompt, options, correct, explanation):
    return {"id": qid, "type": "single_choice", "prompt": prompt,
            "options": [{"id": k, "text": v} for k, v in options], "correct": [correct],
            "explanation": explanation}


def mc(qid, prompt, options, correct, explanation):
    return {"id": qid, "type": "multiple_choice", "prompt": prompt,
            "options": [{"id": k, "text": v} for k, v in options], "correct": list(correct),
            "explanation": explanation}


def abcd(*texts):
    return list(zip("abcdefgh", texts))


QUIZ_QUESTIONS = {
    "lecture-1": [
        tf("q1", "Seoul's slogan for its caring-city direction is \"Going Together with the Socially Neglected\".",
           True, "That phrase is Seoul's own slogan; the lecture builds on it."),
        sc("q2", "Which part of the Seoul Metropolitan Government presents Seoul's policy in this lecture?",
           abcd("The Bureau for Together with the Underprivileged", "Seoul Metro", "The national Ministry of Health",
                "The Seoul Learn office"), "a",
           "Officials of the Bureau for Together with the Underprivileged give the Seoul part."),
        mc("q3", "Which groups does Bogotá's new social and environmental contract put first? Tick all that apply.",
           abcd("Women", "Poor households", "Young people", "International tourists"), "abc",
           "Bogotá prioritises the groups most often left vulnerable: women, poor households and young people."),
        tf("q4", "In the caring-city idea, the city is read as an \"environment of care\".", True,
           "The whole urban fabric is treated as an environment of care."),
        sc("q5", "Besides Seoul, which city tells its caring-city story in Lecture 1?",
           abcd("Bogotá", "Barcelona", "Jakarta", "Cairo"), "a",
           "Officials from Bogotá present the city's approach."),
        mc("q6", "What should urban space support in a caring city? Tick all that apply.",
           abcd("Active movement in daily life", "Preventing illness", "Equal access to goods and services",
                "Car-only commuting"), "abc",
           "Active lifestyles, prevention and equal access are the three supports named; car-only commuting is not."),
        tf("q7", "Bogotá's approach aims to slow down work on the Sustainable Development Goals.", False,
           "The opposite: Bogotá wants to speed up the SDGs."),
        sc("q8", "Who presents the preview video on Bogotá's District Care System?",
           abcd("Bogotá's Secretary for Women", "The Mayor of Seoul", "The UCLG Secretary General",
                "A Metropolis trainer"), "a",
           "Diana Rodríguez, then Bogotá's Secretary for Women, presents it (2021)."),
        sc("q9", "Since which year have SHRDC, Metropolis, UCLG and UCLG-ASPAC co-organised training together?",
           abcd("2021", "2008", "2014", "2023"), "a",
           "The partnership behind the joint programmes dates from 2021."),
        tf("q10", "The lecture treats growing social polarization as something big cities such as Seoul must face.",
           True, "Facing polarization is the starting point of the lecture."),
    ],
    "lecture-2": [
        sc("q1", "What is the name of Seoul's ICT-based healthcare service?",
           abcd("Wrist Doctor 9988", "Seoul Learn", "Smart Seoul 2030", "Care Band 24"), "a",
           "Wrist Doctor 9988 is Seoul's non-face-to-face health management service."),
        tf("q2", "Wrist Doctor 9988 works mainly through face-to-face visits at clinics.", False,
           "It is a non-face-to-face service built on a smart band and an app."),
        mc("q3", "What does Wrist Doctor 9988 offer? Tick all that apply.",
           abcd("A smart band that records activity data", "Personal health goals set in an app",
                "Health counselling", "A free gym membership"), "abc",
           "Smart bands, goal setting in an app, monitoring, information and counselling; no gym membership."),
        sc("q4", "Which two areas of Bogotá does the lecture discuss?",
           abcd("Santa Fe and Ciudad Bolívar", "Chapinero and Usaquén", "Suba and Kennedy",
                "La Candelaria and Teusaquillo"), "a",
           "Santa Fe and Ciudad Bolívar are the two areas discussed."),
        tf("q5", "Those two areas were seen as unsafe, especially for women.", True,
           "Their reputation was one of neglect and danger, above all for women."),
        mc("q6", "Which results does Seoul report among Wrist Doctor 9988 participants? Tick all that apply.",
           abcd("Higher daily step counts", "Weight loss among overweight and obese participants",
                "More attention to nutrition labels", "Shorter commuting times"), "abc",
           "Steps, weight and eating habits improved; commuting was not part of the service."),
        sc("q7", "What turned safe and healthy public space into a challenge shared by most cities?",
           abcd("The COVID-19 pandemic", "The 2008 financial crisis", "A global metro strike",
                "The 2018 Winter Olympics"), "a",
           "COVID-19 gave cities a common task and a common chance."),
        tf("q8", "A safe and healthy caring city only changes how an area looks, not how people see it.", False,
           "It aims to change the meaning and perception of a place as well."),
        sc("q9", "One preview video for this lecture is about a Seoul service for...",
           abcd("Hospital after-care for people who live alone", "Free bicycles for students",
                "Online tax filing", "Tourist guides"), "a",
           "The news preview covers after-care for people living alone once they leave hospital."),
        sc("q10", "The Metropolis Metrotalk preview for this lecture is called...",
           abcd("Enabling healthy urban planning", "Rethinking public spaces", "Smart traffic lights",
                "Financing social housing"), "a",
           "\"Enabling healthy urban planning\" belongs to Lecture 2; \"Rethinking public spaces\" to Lecture 3."),
    ],
    "lecture-3": [
        sc("q1", "What share of the world's population are older people and people with disabilities together?",
           abcd("About 25 %", "About 5 %", "About 10 %", "About 50 %"), "a",
           "Together they make up about a quarter of the world's population."),
        tf("q2", "More than half of older people and people with disabilities live in urban areas.", True,
           "Over half of them live in towns and cities."),
        sc("q3", "How many people ride Seoul's metro rail and subway every day?",
           abcd("More than 7 million", "About 700,000", "About 70 million", "About 2 million"), "a",
           "Daily ridership is above 7 million."),
        sc("q4", "How many trips did passengers with disabilities or transport disadvantages make on Seoul's metro in 2022?",
           abcd("33.77 million", "3.377 million", "337.7 million", "412,000"), "a",
           "The 2022 figure is 33.77 million."),
        sc("q5", "Roughly how many mobility-vulnerable people is that per day?",
           abcd("About 100,000", "About 10,000", "About 1 million", "About 25,000"), "a",
           "33.77 million a year is about 100,000 a day."),
        sc("q6", "How many guide helpers for visually impaired passengers has Seoul placed?",
           abcd("412", "25", "100", "7,000"), "a",
           "Seoul has placed 412 guide helpers."),
        sc("q7", "At how many stations do those guide helpers work?",
           abcd("25", "412", "100", "7"), "a",
           "The 412 helpers work at 25 stations."),
        tf("q8", "Seoul's station guide helpers are there for passengers with visual impairments.", True,
           "They guide visually impaired passengers."),
        mc("q9", "Which questions does Lecture 3 raise? Tick all that apply.",
           abcd("How to plan mobility so everyone can enjoy the city",
                "Which designs and infrastructure stand in the way of a city for all",
                "How to raise metro fares", "How to close pedestrian streets"), "ab",
           "The lecture asks how to plan for everyone and what blocks a city for all."),
        mc("q10", "Who is counted among the mobility-vulnerable in this lecture? Tick all that apply.",
           abcd("Older people", "People with disabilities", "People with other transport disadvantages",
                "Commercial truck drivers"), "abc",
           "Older people, people with disabilities and others with transport disadvantages."),
    ],
    "lecture-4": [
        sc("q1", "Who created Seoul Learn?",
           abcd("The Seoul Metropolitan Government", "A private bank", "UNESCO", "Metropolis"), "a",
           "Seoul Learn is a platform of the Seoul Metropolitan Government."),
        tf("q2", "Seoul Learn aims to narrow the education gap between income groups.", True,
           "Closing that gap is its purpose."),
        sc("q3", "What made classroom teaching impossible and widened the education gap?",
           abcd("The COVID-19 pandemic", "A teachers' strike", "A new school law", "A heatwave"), "a",
           "During COVID-19 face-to-face education was not possible."),
        sc("q4", "How does Lecture 4 describe Seoul Learn?",
           abcd("As Seoul's ladder of social mobility", "As a digital wall", "As a smart tax tool",
                "As a green belt"), "a",
           "The lecture presents Seoul Learn as Seoul's social mobility ladder."),
        mc("q5", "Whom does Seoul Learn mainly reach? Tick all that apply.",
           abcd("People who lacked chances to study", "People who lacked chances to train for work",
                "Only university professors", "Only foreign visitors"), "ab",
           "It serves socially disadvantaged residents without educational or vocational opportunities."),
        tf("q6", "The lecture links re-education training with the economic empowerment of vulnerable residents.",
           True, "Strengthening re-education training for economic empowerment is one of its two topics."),
        tf("q7", "Seoul Learn is a paid service meant mainly for high-income households.", False,
           "It was built to help low-income and disadvantaged residents."),
        sc("q8", "An education gap between income groups mainly blocks...",
           abcd("Social mobility", "Traffic flow", "Tourism", "Tax collection"), "a",
           "The gap keeps people from moving up: it blocks social mobility."),
        mc("q9", "Which topics are in Lecture 4? Tick all that apply.",
           abcd("Introducing Seoul Learn", "Strengthening re-education training", "Wrist Doctor 9988",
                "Guide helpers in metro stations"), "ab",
           "Wrist Doctor 9988 belongs to Lecture 2 and the guide helpers to Lecture 3."),
        sc("q10", "In which field is Seoul Learn a caring-city policy?",
           abcd("Education", "Public transport", "Water supply", "Policing"), "a",
           "Seoul Learn is about access to education and training."),
    ],
}

LECTURES = [
    {
        "id": "lecture-1",
        "quiz_title": "What is a Caring City?",
        "title": "What is a Caring City? Leaving no one behind and going together with the socially neglected",
        "summary": ("Seoul officials explain the city's caring-city direction under its slogan \"Going Together "
                    "with the Socially Neglected\" and outline how Seoul supports residents on the margins. "
                    "Bogotá presents its new social and environmental contract, which puts women, poor "
                    "households and young people first."),
        "previews": [("Caring City Bogotá: District Care System (video, 2021)", "https://youtu.be/bqD5sIGYB_A")],
    },
    {
        "id": "lecture-2",
        "quiz_title": "Safe and Healthy Caring City",
        "title": "Safe and Healthy Caring City",
        "summary": ("After COVID-19, cities share the task of making public space safer and healthier. Bogotá "
                    "reshaped Santa Fe and Ciudad Bolívar with women in mind; Seoul's Wrist Doctor 9988 uses "
                    "smart bands, an app and counselling to help residents build healthy habits."),
        "previews": [("Seoul's hospital after-care service for people living alone (news video)",
                      "https://youtu.be/pz0TMmDTCVs"),
                     ("Metropolis Metrotalk: Enabling healthy urban planning (video)", "https://youtu.be/pvIMLXwxFiM")],
    },
    {
        "id": "lecture-3",
        "quiz_title": "Caring Mobility and Public Space",
        "title": "Caring Mobility and Public Space: rethinking public spaces and the walkable city",
        "summary": ("Older people and people with disabilities are a quarter of the world's population. Seoul's "
                    "metro carries about 100,000 mobility-vulnerable passengers a day and has 412 guide helpers "
                    "for visually impaired passengers at 25 stations. What makes a city usable by everyone?"),
        "previews": [("Preview video on Seoul's services (YouTube)", "https://youtu.be/bS42yewyOFU"),
                     ("Metropolis Metrotalk: Rethinking Public Spaces (video)", "https://youtu.be/0Xamdae1ms0")],
    },
    {
        "id": "lecture-4",
        "quiz_title": "Social Mobility through Seoul Learn",
        "title": "Social Mobility and Inclusion in Seoul through Seoul Learn",
        "summary": ("COVID-19 widened the education gap between income groups. Seoul Learn, a city platform, opens "
                    "education and retraining to residents who lacked those chances, as a ladder of social mobility."),
        "previews": [],
    },
]

SESSIONS = [
    ("orientation", "Orientation for the 2023 online training", "SHRDC with all co-organisers", "2023-07-03",
     "The organisers walk through the programme, what it takes to earn the certificate, how the live sessions "
     "run and how to reach the e-learning classroom."),
    ("session-1", "What is a Caring City and what are caring-city services?", "Metropolis", "2023-07-06",
     "Care has mostly been organised inside households, and mostly by women. Social services and the market "
     "only filled gaps. This session argues that care services belong on the public agenda as a pillar of how "
     "a city is run, and gives pointers for starting that work in your own city."),
    ("session-2", "Towards Caring Cities: health and mobility perspectives", "UCLG-ASPAC", "2023-07-13",
     "Safe, healthy and inclusive mobility is a core local responsibility. The session looks at the chances and "
     "obstacles local governments meet when they build accessible, affordable transport with local partners "
     "and national government."),
    ("session-3", "Caring and accessible infrastructure and public spaces (final session)", "UCLG", "2023-07-20",
     "Which parts of a city's infrastructure keep people apart, and how can they be fixed? The final session "
     "discusses solutions guided by the principles of the Global Compact on Inclusive and Accessible Cities."),
]

NOTES = (
    "Deadlines: the brochure says quizzes and selfies are due \"until 19th July\" without a time or zone. This "
    "file makes that explicit as 19 July 2023, 23:59 in Europe/Madrid (CEST, UTC+2): every live session is "
    "announced in CEST, so the course's home zone is a CEST zone, and \"until\" is read as including the whole "
    "of the 19th. Europe/Madrid is the IANA name chosen for CEST (UCLG is based in Barcelona). The brochure "
    "gives no date for the essay, the survey or the action plan; they are due at the end of the programme, "
    "21 July 2023, 23:59 Europe/Madrid, after the final live session on the 20th. "
    "Live sessions: Monday 3 July and Thursdays 6, 13 and 20 July 2023, 09:00 to 11:00 Europe/Madrid. "
    "Meeting links are posted by the organisers in the SHRDC online classroom, which the Join button opens."
)


def sealed_question(quiz_id: str, q: dict) -> dict:
    """Seal the key, and (for choice questions) mix the options so the right one is not always first."""
    seed = hashlib.sha256(f"caring-cities-2023/{quiz_id}/{q['id']}".encode()).hexdigest()
    salt = seed[:16]
    q = dict(q)
    if q["type"] != "true_false":
        options = list(q["options"])
        random.Random(seed).shuffle(options)
        relabel = {o["id"]: new for o, new in zip(options, "abcdefgh")}
        q["options"] = [{"id": relabel[o["id"]], "text": o["text"]} for o in options]
        q["correct"] = [relabel[c] for c in q["correct"]]
    out = {k: v for k, v in q.items() if k != "correct"}
    out["answer_key"] = seal_answer_key(q["id"], q["correct"], salt)
    out["points"] = 10
    return out


def file_facts(rel: str) -> dict:
    data = (COURSE_DIR / rel).read_bytes()
    return {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def build() -> dict:
    lectures, quizzes = [], []
    for n, lec in enumerate(LECTURES, start=1):
        notes = f"notes/lecture-{n}.html"
        materials = [{"id": f"{lec['id']}-notes", "title": f"Lecture {n} notes (offline)", "kind": "html",
                      "variants": [{"name": "text", "mime": "text/html", "path": notes, **file_facts(notes)}]}]
        for i, (title, url) in enumerate(lec["previews"], start=1):
            materials.append({"id": f"{lec['id']}-preview-{i}", "title": title, "kind": "link",
                              "variants": [{"name": "original", "mime": "text/html", "url": url}]})
        lectures.append({"id": lec["id"], "title": f"Lecture {n}: {lec['title']}", "summary": lec["summary"],
                         "materials": materials})
        quizzes.append({"id": f"quiz-{n}", "lecture_id": lec["id"], "title": f"Quiz {n}: {lec['quiz_title']}",
                        "pass_score": 60, "due": DEADLINE, "time_zone": ZONE, "max_attempts": None,
                        "scoring": "all_or_nothing",
                        "questions": [sealed_question(f"quiz-{n}", q) for q in QUIZ_QUESTIONS[lec["id"]]]})
    sessions = [{"id": sid, "title": title, "host": host, "start": f"{day}T09:00", "end": f"{day}T11:00",
                 "time_zone": ZONE, "join_url": "http://hrd.seoul.go.kr/shrdc/", "description": desc}
                for sid, title, host, day, desc in SESSIONS]
    likert = ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]
    assignments = [
        {"id": "essay", "kind": "essay", "title": "One-page essay: lessons learned for my city",
         "instructions": ("Write one page (at most 600 words) on what you learned in the programme and how it "
                          "could be applied in your own city. Name one policy or service you would adapt and why."),
         "due": END_OF_PROGRAM, "time_zone": ZONE, "required": True, "max_words": 600},
        {"id": "selfies", "kind": "photos", "title": "Learning selfies",
         "instructions": ("Send two or three photos of yourself while learning: watching a lecture or joining a "
                          "live session. The organisers may use them in a video or the final report."),
         "due": DEADLINE, "time_zone": ZONE, "required": True, "min_files": 2, "max_files": 3,
         "max_file_bytes": 10_000_000, "mime": ["image/jpeg", "image/png"]},
        {"id": "survey", "kind": "survey", "title": "End-of-course survey",
         "instructions": "Tell the organisers how the programme worked for you; your answers shape the next one.",
         "due": END_OF_PROGRAM, "time_zone": ZONE, "required": True,
         "questions": [
             {"id": "overall", "type": "likert", "prompt": "Overall, the programme met my expectations.",
              "options": likert},
             {"id": "lectures", "type": "likert", "prompt": "The self-paced lectures were useful for my work.",
              "options": likert},
             {"id": "live", "type": "likert", "prompt": "The live sessions helped me understand the topics.",
              "options": likert},
             {"id": "best-lecture", "type": "single_choice", "prompt": "Which lecture was most useful to you?",
              "options": ["Lecture 1: What is a Caring City?", "Lecture 2: Safe and Healthy Caring City",
                          "Lecture 3: Caring Mobility and Public Space", "Lecture 4: Seoul Learn"]},
             {"id": "take-home", "type": "text", "prompt": "Which idea will you take back to your city?"},
             {"id": "improve", "type": "text", "prompt": "What should the organisers improve?",
              "required": False},
         ]},
        {"id": "action-plan", "kind": "action_plan", "title": "Action plan",
         "instructions": ("Optional. Describe a concrete step your city could take, based on the course: the "
                          "policy, who is involved, a first milestone. Participants who complete the course and "
                          "send an action plan are given priority for future offline training in Seoul."),
         "due": END_OF_PROGRAM, "time_zone": ZONE, "required": False, "max_words": 1500},
    ]
    return {
        "$schema": "../../schema/course.schema.json",
        "format": "companion-course/1",
        "id": "caring-cities-2023",
        "title": "Caring Cities 2023",
        "subtitle": "Leaving no one behind and going together with the socially neglected",
        "description": ("A three-week online programme for city officials from Metropolis and UCLG members: four "
                        "self-paced video lectures with quizzes, four live ZOOM sessions, an essay, learning "
                        "selfies and a survey."),
        "version": 1,
        "organizers": ["SHRDC (Seoul Human Resource Development Center)", "Metropolis", "UCLG", "UCLG-ASPAC"],
        "time_zone": ZONE,
        "starts_on": "2023-07-03",
        "ends_on": "2023-07-21",
        "notes": NOTES,
        "lectures": lectures,
        "live_sessions": sessions,
        "quizzes": quizzes,
        "assignments": assignments,
        "completion": {
            "attend_all_live_sessions": True,
            "pass_all_quizzes": True,
            "required_assignments": ["essay", "selfies", "survey"],
            "description": ("Attend all four live sessions, pass every lecture quiz with at least 60/100, and "
                            "deliver the essay, the selfies and the survey. The action plan is optional."),
        },
    }


if __name__ == "__main__":
    course = build()
    out = COURSE_DIR / "course.json"
    out.write_text(json.dumps(course, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}: {sum(len(q['questions']) for q in course['quizzes'])} questions")
