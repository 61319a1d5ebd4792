<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>MediaPlayer</name>
    <message>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>재생 또는 일시 정지</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10초</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>10초 뒤로</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10초</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>10초 앞으로</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>재생 위치</translation>
    </message>
    <message>
        <source>Time played</source>
        <translation>재생한 시간</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>음량</translation>
    </message>
    <message>
        <source>This file cannot be played here: {0}</source>
        <translation>이 파일은 여기서 재생할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>{0} (sound only)</source>
        <translation>{0} (소리만)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>see &apos;{0} --help&apos;</source>
        <translation>&apos;{0} --help&apos;를 참고하세요</translation>
    </message>
    <message>
        <source>Its file came from a colleague&apos;s computer on this network (checked against the publisher&apos;s signature).</source>
        <translation>파일은 이 네트워크에 있는 동료의 컴퓨터에서 받았습니다(배포자의 서명으로 확인함).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date like 2026-11-23</source>
        <translation>&apos;{0}&apos;은(는) 2026-11-23 형식의 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a whole number above zero</source>
        <translation>&apos;{0}&apos;은(는) 0보다 큰 정수가 아닙니다</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is back on its published dates.</source>
        <translation>&apos;{0}&apos;이(가) 공개된 원래 일정으로 돌아왔습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Shifted &apos;{0}&apos; by %n week(s): it now runs {1} to {2}, sessions at the same wall-clock time in {3}.</source>
        <translation>
            <numerusform>&apos;{0}&apos;을(를) %n주 옮겼습니다: 이제 {1}부터 {2}까지 진행되며, 세션은 {3}의 같은 현지 시각에 열립니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(dates shifted by %n week(s))</source>
        <translation>
            <numerusform>(일정이 %n주 옮겨짐)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}  {1}  v{2}  {3} to {4}</source>
        <translation>{0}  {1}  v{2}  {3} ~ {4}</translation>
    </message>
    <message>
        <source>{0}: {1} to {2}</source>
        <translation>{0}: {1} ~ {2}</translation>
    </message>
    <message numerus="yes">
        <source>Dates shifted by %n week(s) from the published programme.</source>
        <translation>
            <numerusform>공개된 일정에서 %n주 옮겨졌습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>eligible for the certificate</source>
        <translation>수료 자격 충족</translation>
    </message>
    <message>
        <source>not yet eligible for the certificate</source>
        <translation>아직 수료증 요건 미충족</translation>
    </message>
    <message>
        <source>{0} of {1} required items done: {2}.</source>
        <translation>필수 항목 {1}개 중 {0}개 완료: {2}.</translation>
    </message>
    <message>
        <source>Certificate issued {0}, verification code {1}, withdrawn by the organizer (no longer valid; your copy is kept): {2}</source>
        <translation>수료증 {0} 발급, 확인 코드 {1}, 주최자가 철회함(더 이상 유효하지 않으며 사본은 보관됨): {2}</translation>
    </message>
    <message>
        <source>Certificate issued {0}, verification code {1}: {2}</source>
        <translation>수료증 {0} 발급, 확인 코드 {1}: {2}</translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation>실시간 세션</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(선택)</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>due</source>
        <translation>마감</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n item(s) waiting to be sent, {0} needing attention, {1} delivered.</source>
        <translation>
            <numerusform>보낼 편지함: 전송 대기 %n개, 확인 필요 {0}개, 전달 완료 {1}개.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: times in {1} (your time) and {2} (course time)</source>
        <translation>{0}: {1}(내 시간)과 {2}(과정 시간) 기준 시각</translation>
    </message>
    <message>
        <source>over</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>{0}에 쓸 수 없습니다: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to {0}; import it into Outlook, Google Calendar or Apple Calendar.</source>
        <translation>
            <numerusform>{0}에 일정 %n개를 썼습니다. Outlook, Google 캘린더 또는 Apple 캘린더로 가져오세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for {0} at {1}: </source>
        <translation>{1}의 {0} 비밀번호: </translation>
    </message>
    <message>
        <source>no password was given</source>
        <translation>비밀번호가 입력되지 않았습니다</translation>
    </message>
    <message>
        <source>Set one up (or PYTHON_KEYRING_BACKEND) so `companion sync` can use your sign-in; nothing was stored.</source>
        <translation>키링을 설정하거나(또는 PYTHON_KEYRING_BACKEND) `companion sync`가 로그인 정보를 쓸 수 있게 하세요. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Signed in to {0} as {1}. The token is in your system keyring.</source>
        <translation>{0}에 {1}(으)로 로그인했습니다. 토큰은 시스템 키링에 있습니다.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the portal refuses more for now. Try again in {0} seconds.</source>
        <translation>로그인 실패가 너무 많아 포털이 당분간 로그인을 받지 않습니다. {0}초 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the portal refuses more for now. Try again in {0} minutes, at {1}.</source>
        <translation>로그인 실패가 너무 많아 포털이 당분간 로그인을 받지 않습니다. {0}분 후({1})에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>You are not signed in to {0}; `companion portals` lists the portals you are signed in to.</source>
        <translation>{0}에 로그인되어 있지 않습니다. `companion portals`는 로그인한 포털 목록을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Signed out; the token was removed from this computer.</source>
        <translation>로그아웃했습니다. 토큰을 이 컴퓨터에서 지웠습니다.</translation>
    </message>
    <message>
        <source>Not signed in to any portal; `companion login --portal URL --login NAME` signs in.</source>
        <translation>로그인한 포털이 없습니다. `companion login --portal URL --login NAME`으로 로그인하세요.</translation>
    </message>
    <message>
        <source>sign-in expired: sign in again</source>
        <translation>로그인이 만료됨: 다시 로그인하세요</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>로그인됨</translation>
    </message>
    <message>
        <source>{0}  as {1} ({2}): {3}</source>
        <translation>{0}  {1}({2}) 계정: {3}</translation>
    </message>
    <message>
        <source>Courses: {0}</source>
        <translation>과정: {0}</translation>
    </message>
    <message>
        <source>Course update: {0}</source>
        <translation>과정 업데이트: {0}</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>접수됨</translation>
    </message>
    <message>
        <source>needs revision: submit it again</source>
        <translation>수정 필요: 다시 제출하세요</translation>
    </message>
    <message>
        <source>Feedback from the organizer on {0}: {1}</source>
        <translation>{0}에 대한 주최 측 피드백: {1}</translation>
    </message>
    <message>
        <source>Feedback from the organizer on {0}</source>
        <translation>{0}에 대한 주최 측 피드백</translation>
    </message>
    <message>
        <source>Your certificate for {0} has arrived: {1}</source>
        <translation>{0} 수료증이 도착했습니다: {1}</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is off by %n minute(s); deadlines are judged by the portal&apos;s time.</source>
        <translation>
            <numerusform>이 컴퓨터의 시계가 %n분 어긋나 있습니다. 마감은 포털 시각으로 판단됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention: {0} &apos;{1}&apos; ({2}): {3}</source>
        <translation>확인 필요: {0} &apos;{1}&apos; ({2}): {3}</translation>
    </message>
    <message>
        <source>cannot read {0} as UTF-8 text: {1}</source>
        <translation>{0}을(를) UTF-8 텍스트로 읽을 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>cannot read survey answers from {0}: {1}</source>
        <translation>{0}에서 설문 응답을 읽을 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>Submitted &apos;{0}&apos; at {1} as {2}; it waits in the outbox until `companion sync` (or the app) delivers it.</source>
        <translation>&apos;{0}&apos;을(를) {1}에 {2}(으)로 제출했습니다. `companion sync`(또는 앱)가 전달할 때까지 보낼 편지함에서 기다립니다.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a computer&apos;s address like 192.168.1.20:8765</source>
        <translation>&apos;{0}&apos;은(는) 192.168.1.20:8765와 같은 컴퓨터 주소가 아닙니다</translation>
    </message>
    <message>
        <source>Everything asked for is already available offline.</source>
        <translation>요청한 항목은 모두 이미 오프라인에서 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Nothing to download.</source>
        <translation>다운로드할 항목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n file(s), {0} in all.</source>
        <translation>
            <numerusform>파일 %n개 다운로드 중, 모두 {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>{0} 남음</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) came from {0} on this network.</source>
        <translation>
            <numerusform>파일 %n개를 이 네트워크의 {0}에서 받았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: {0} ({1}): {2}</source>
        <translation>실패: {0} ({1}): {2}</translation>
    </message>
    <message>
        <source>cannot share on port {0}: {1}</source>
        <translation>포트 {0}에서 공유할 수 없습니다: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Sharing %n verified lecture file(s) on this network as {0} (port {1}); only those files, read-only. Press Ctrl+C to stop.</source>
        <translation>
            <numerusform>확인된 강의 파일 %n개를 이 네트워크에서 {0}(으)로 공유합니다(포트 {1}). 이 파일들만 읽기 전용으로 공유합니다. 멈추려면 Ctrl+C를 누르세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped sharing; {0} sent.</source>
        <translation>공유를 멈췄습니다. {0}를 보냈습니다.</translation>
    </message>
    <message>
        <source>Removed your attendance of &apos;{0}&apos;.</source>
        <translation>&apos;{0}&apos; 출석 기록을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Recorded your attendance of &apos;{0}&apos;.</source>
        <translation>&apos;{0}&apos; 출석을 기록했습니다.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>다시</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>어려움</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>쉬움</translation>
    </message>
    <message>
        <source>Nothing to review today. Questions you answer in quizzes come back here when they are due.</source>
        <translation>오늘은 복습할 것이 없습니다. 퀴즈에서 답한 문제는 복습할 때가 되면 여기로 돌아옵니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to review today, about {0} minute(s). Missed ones come first.</source>
        <translation>
            <numerusform>오늘 복습할 문제 %n개, 약 {0}분. 틀린 문제가 먼저 나옵니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>missed</source>
        <translation>틀림</translation>
    </message>
    <message>
        <source>Run `companion review --take` to review them here.</source>
        <translation>여기서 복습하려면 `companion review --take`를 실행하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left · {0} · {1}</source>
        <translation>
            <numerusform>남은 문제 %n개 · {0} · {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answer (numbers separated by commas; q to stop): </source>
        <translation>답 (쉼표로 구분한 번호, 그만하려면 q): </translation>
    </message>
    <message>
        <source>Your answer (a number; q to stop): </source>
        <translation>답 (번호 하나, 그만하려면 q): </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. Reviewed %n question(s); the rest wait for you.</source>
        <translation>
            <numerusform>멈췄습니다. %n개 문제를 복습했고, 나머지는 기다리고 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of an option, 1 to {0}.</source>
        <translation>1부터 {0}까지 보기 번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>맞았습니다.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>아쉽게도 틀렸습니다.</translation>
    </message>
    <message>
        <source>The answer: {0}</source>
        <translation>정답: {0}</translation>
    </message>
    <message>
        <source>Grade: {0} (inferred from your answer and time). Enter keeps it, or type 1 Again, 2 Hard, 3 Good, 4 Easy: </source>
        <translation>평가: {0} (답과 걸린 시간으로 추정). Enter는 그대로 두고, 바꾸려면 1 다시, 2 어려움, 3 좋음, 4 쉬움을 입력하세요: </translation>
    </message>
    <message>
        <source>Type 1, 2, 3 or 4, or press Enter.</source>
        <translation>1, 2, 3, 4 중 하나를 입력하거나 Enter를 누르세요.</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>직접 선택</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>추정</translation>
    </message>
    <message>
        <source>Saved: {0} ({1}).</source>
        <translation>저장했습니다: {0} ({1}).</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n question(s) reviewed. Nothing else is due today.</source>
        <translation>
            <numerusform>완료: %n개 문제를 복습했습니다. 오늘은 더 복습할 것이 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n question(s); more are due today.</source>
        <translation>
            <numerusform>%n개 문제를 복습했습니다. 오늘 복습할 문제가 더 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>(details in {0})</source>
        <translation>(자세한 내용: {0})</translation>
    </message>
    <message>
        <source>unexpected error: {0}: {1}</source>
        <translation>예기치 않은 오류: {0}: {1}</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>{0} due</source>
        <translation>{0} 마감</translation>
    </message>
    <message>
        <source>{0} (your time and course time)</source>
        <translation>{0} (내 시간 = 과정 시간)</translation>
    </message>
    <message>
        <source>{0} (your time)</source>
        <translation>{0} (내 시간)</translation>
    </message>
    <message>
        <source>{0} (your time) · {1} (course time)</source>
        <translation>{0} (내 시간) · {1} (과정 시간)</translation>
    </message>
    <message>
        <source>This is at night where you are.</source>
        <translation>내가 있는 곳에서는 밤 시간입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>1분 미만</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>{0} 남음</translation>
    </message>
    <message>
        <source>closed: the course has ended</source>
        <translation>마감: 과정이 끝났습니다</translation>
    </message>
    <message>
        <source>deadline passed {0} ago</source>
        <translation>{0} 전에 마감됨</translation>
    </message>
    <message>
        <source>deadline passed</source>
        <translation>마감됨</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>전송 대기 중</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <source>No attendance recorded</source>
        <translation>출석 기록 없음</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>출석 기록됨</translation>
    </message>
    <message>
        <source>Happening now</source>
        <translation>지금 진행 중</translation>
    </message>
    <message>
        <source>Join on the day</source>
        <translation>당일에 참여하세요</translation>
    </message>
    <message>
        <source>The session is over</source>
        <translation>세션이 끝났습니다</translation>
    </message>
    <message>
        <source>Passed: best score {0}/100</source>
        <translation>통과: 최고 점수 {0}/100</translation>
    </message>
    <message>
        <source>Not attempted yet; pass mark {0}/100</source>
        <translation>아직 응시하지 않음; 통과 점수 {0}/100</translation>
    </message>
    <message>
        <source>Best score {0}/100, below the pass mark of {1}</source>
        <translation>최고 점수 {0}/100, 통과 점수 {1}에 미달</translation>
    </message>
    <message numerus="yes">
        <source>; %n attempt(s) left</source>
        <translation>
            <numerusform>; 남은 응시 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered to the portal</source>
        <translation>포털에 전달됨</translation>
    </message>
    <message>
        <source>Accepted by the organizer</source>
        <translation>주최 측이 승인함</translation>
    </message>
    <message>
        <source>The organizer asked for a revision: submit it again</source>
        <translation>주최 측이 수정을 요청했습니다. 다시 제출하세요</translation>
    </message>
    <message>
        <source>Submitted and kept on this computer until the portal takes it</source>
        <translation>제출됨 — 포털이 받을 때까지 이 컴퓨터에 보관됩니다</translation>
    </message>
    <message>
        <source>Draft saved, not submitted</source>
        <translation>초안 저장됨, 아직 제출하지 않음</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작하지 않음</translation>
    </message>
    <message>
        <source>You missed the reminder: the live session “{0}” started {1} ago. You can still join.</source>
        <translation>알림을 놓쳤습니다: 라이브 세션 “{0}”이(가) {1} 전에 시작했습니다. 지금도 참여할 수 있습니다.</translation>
    </message>
    <message>
        <source>Live session “{0}” starts in {1}.</source>
        <translation>라이브 세션 “{0}”이(가) {1} 후에 시작합니다.</translation>
    </message>
    <message>
        <source>{0}: {1} left.</source>
        <translation>{0}: {1} 남음.</translation>
    </message>
    <message>
        <source>Live session hosted by {0}.</source>
        <translation>{0}이(가) 진행하는 실시간 세션.</translation>
    </message>
    <message>
        <source>Live session.</source>
        <translation>실시간 세션.</translation>
    </message>
    <message>
        <source>Join: {0}</source>
        <translation>참여: {0}</translation>
    </message>
    <message>
        <source>Due: {0} ({1})</source>
        <translation>마감: {0} ({1})</translation>
    </message>
    <message>
        <source>Deadline of the course {0}.</source>
        <translation>{0} 과정의 마감.</translation>
    </message>
    <message>
        <source>Required for the certificate.</source>
        <translation>수료증에 필요합니다.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>선택 사항.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>복습</translation>
    </message>
    <message numerus="yes">
        <source>Time to review: %n question(s) are due today.</source>
        <translation>
            <numerusform>복습할 시간입니다: 오늘 복습할 문제가 %n개 있습니다.</numerusform>
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
        <translation>과정을 여는 중…</translation>
    </message>
    <message>
        <source>Connection and last sync</source>
        <translation>연결 및 마지막 동기화</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>다운로드 진행률</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>Sync now: send waiting work and check for course updates</source>
        <translation>지금 동기화: 대기 중인 작업을 보내고 과정 업데이트를 확인합니다</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>지금 동기화 (F5)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>과정</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Companion could not open your data.

{0}

Nothing was changed or deleted.</source>
        <translation>Companion이 데이터를 열 수 없습니다.

{0}

아무것도 바뀌거나 삭제되지 않았습니다.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Could not open the data folder</source>
        <translation>데이터 폴더를 열 수 없습니다</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import course package…</source>
        <translation>과정 패키지 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import course &amp;file…</source>
        <translation>과정 파일 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <source>Import a course file (.ccb) from a colleague, a USB stick or the course team, or a course exported by Moodle, Canvas or another platform (.imscc)</source>
        <translation>동료, USB 메모리 또는 과정 팀에게서 받은 과정 파일(.ccb)이나 Moodle, Canvas 등 다른 플랫폼에서 내보낸 과정(.imscc)을 가져옵니다</translation>
    </message>
    <message>
        <source>&amp;Export this course to a file…</source>
        <translation>이 과정을 파일로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Write this course and its offline files to one course file (.ccb) for a colleague</source>
        <translation>이 과정과 오프라인 파일을 동료에게 줄 과정 파일(.ccb) 하나로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>지금 동기화(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;in to the portal…</source>
        <translation>포털에 로그인(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Try sync with a &amp;demo portal on this computer</source>
        <translation>이 컴퓨터의 데모 포털로 동기화 시험해 보기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Companion</source>
        <translation>Companion 정보(&amp;A)</translation>
    </message>
    <message>
        <source>{0} · Companion</source>
        <translation>{0} · Companion</translation>
    </message>
    <message>
        <source>Downloading {0} · {1}</source>
        <translation>다운로드 중: {0} · {1}</translation>
    </message>
    <message>
        <source>Downloads: {0}</source>
        <translation>다운로드: {0}</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was removed. Your work is kept; sign in again and Companion carries on where it stopped.</source>
        <translation>로그인이 만료되었거나 삭제되었습니다. 작업은 보관되어 있습니다. 다시 로그인하면 Companion이 멈춘 곳에서 이어 갑니다.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>로그인…</translation>
    </message>
    <message>
        <source>Your sign-in has expired.</source>
        <translation>로그인이 만료되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more change(s).</source>
        <translation>
            <numerusform>그 밖에 %n개의 변경 사항이 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Course updated from the portal: {0}</source>
        <translation>포털에서 과정이 업데이트되었습니다: {0}</translation>
    </message>
    <message>
        <source>Show all changes</source>
        <translation>모든 변경 사항 보기</translation>
    </message>
    <message>
        <source>Course updated</source>
        <translation>과정이 업데이트되었습니다</translation>
    </message>
    <message>
        <source>Show feedback</source>
        <translation>피드백 보기</translation>
    </message>
    <message>
        <source>Your certificate for {0} has arrived.</source>
        <translation>{0} 수료증이 도착했습니다.</translation>
    </message>
    <message>
        <source>Show certificate</source>
        <translation>수료증 보기</translation>
    </message>
    <message>
        <source>Signed in as {0}.{1}</source>
        <translation>{0}(으)로 로그인했습니다.{1}</translation>
    </message>
    <message>
        <source>The demo portal is already running at {0}.</source>
        <translation>데모 포털이 이미 {0}에서 실행 중입니다.</translation>
    </message>
    <message>
        <source>Starting a demo portal on this computer…</source>
        <translation>이 컴퓨터에서 데모 포털을 시작하는 중…</translation>
    </message>
    <message>
        <source>A demo portal runs at {0} (login &apos;demo&apos;). Submit something and watch it travel; the portal keeps what it receives in {1}.</source>
        <translation>데모 포털이 {0}에서 실행 중입니다(로그인 &apos;demo&apos;). 무언가를 제출하고 전달되는 모습을 지켜보세요. 포털은 받은 내용을 {1}에 보관합니다.</translation>
    </message>
    <message>
        <source>This installation of Companion does not include the demo portal.</source>
        <translation>이 Companion 설치본에는 데모 포털이 포함되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The demo portal did not start in time.</source>
        <translation>데모 포털이 제시간에 시작되지 않았습니다.</translation>
    </message>
    <message>
        <source>The demo portal stopped at once: {0}</source>
        <translation>데모 포털이 바로 멈췄습니다: {0}</translation>
    </message>
    <message>
        <source>Your time zone: {0}</source>
        <translation>내 시간대: {0}</translation>
    </message>
    <message>
        <source>No portal configured: work stays on this computer</source>
        <translation>포털이 설정되지 않음: 작업은 이 컴퓨터에 남습니다</translation>
    </message>
    <message>
        <source>Portal: {0} ({1})</source>
        <translation>포털: {0} ({1})</translation>
    </message>
    <message>
        <source>Portal: {0} (not signed in)</source>
        <translation>포털: {0} (로그인 안 됨)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>보낼 항목 %n개 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>보낼 항목 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) your attention</source>
        <translation>
            <numerusform>%n개 확인 필요</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: {0}</source>
        <translation>보낼 편지함: {0}</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by about {0} minutes. Companion judges deadlines by the portal&apos;s time; consider setting the clock right.</source>
        <translation>이 컴퓨터의 시계가 약 {0}분 어긋나 있습니다. Companion은 포털 시간으로 마감을 판단합니다. 시계를 맞추는 것이 좋습니다.</translation>
    </message>
    <message>
        <source>Choose a course package folder (it holds course.json)</source>
        <translation>과정 패키지 폴더를 선택하세요(course.json이 들어 있는 폴더)</translation>
    </message>
    <message>
        <source>Import course file</source>
        <translation>과정 파일 가져오기</translation>
    </message>
    <message>
        <source>Course files (*.ccb *.imscc);;Companion course files (*.ccb);;Common Cartridge (*.imscc);;Question banks: Moodle XML, GIFT, QTI (*.xml *.gift *.txt *.qti *.zip);;All files (*)</source>
        <translation>과정 파일 (*.ccb *.imscc);;Companion 과정 파일 (*.ccb);;Common Cartridge (*.imscc);;문제 은행: Moodle XML, GIFT, QTI (*.xml *.gift *.txt *.qti *.zip);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export course file</source>
        <translation>과정 파일 내보내기</translation>
    </message>
    <message>
        <source>Course files (*.ccb)</source>
        <translation>과정 파일 (*.ccb)</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>{0} 가져오는 중…</translation>
    </message>
    <message>
        <source>Open this course</source>
        <translation>이 과정 열기</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>가져오기 보고서</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} 저장 중…</translation>
    </message>
    <message>
        <source>About Companion</source>
        <translation>Companion 정보</translation>
    </message>
    <message>
        <source>An offline-first companion for online training courses.

Your data: {0}</source>
        <translation>온라인 교육 과정을 위한 오프라인 우선 도우미입니다.

내 데이터: {0}</translation>
    </message>
    <message>
        <source>{0} (optional)</source>
        <translation>{0} (선택 사항)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Dismiss: {0}</source>
        <translation>닫기: {0}</translation>
    </message>
    <message>
        <source>Question {0} of {1} · {2}</source>
        <translation>문제 {0}/{1} · {2}</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>답한 문제</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← 이전</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>참 또는 거짓</translation>
    </message>
    <message>
        <source>Choose one answer</source>
        <translation>답을 하나 고르세요</translation>
    </message>
    <message>
        <source>Choose every answer that applies</source>
        <translation>해당하는 답을 모두 고르세요</translation>
    </message>
    <message>
        <source>Type a short answer</source>
        <translation>짧은 답을 입력하세요</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>숫자를 입력하세요</translation>
    </message>
    <message>
        <source>Fill in every blank</source>
        <translation>빈칸을 모두 채우세요</translation>
    </message>
    <message>
        <source>Match each item</source>
        <translation>각 항목을 짝지으세요</translation>
    </message>
    <message>
        <source>Write your answer; the organizer grades it</source>
        <translation>답을 작성하세요. 채점은 주최 측이 합니다</translation>
    </message>
    <message>
        <source>The deadline has passed: this attempt is practice and does not count toward the certificate.</source>
        <translation>마감이 지났습니다. 이번 응시는 연습이며 수료증에 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>No counted attempts are left: this attempt is practice.</source>
        <translation>인정되는 응시 횟수가 남지 않았습니다. 이번 응시는 연습입니다.</translation>
    </message>
    <message>
        <source>Practice round with the questions you missed; it does not count toward the certificate.</source>
        <translation>틀린 문제로 하는 연습입니다. 수료증에 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>Picture for this question</source>
        <translation>이 문항의 그림</translation>
    </message>
    <message>
        <source>Your essay</source>
        <translation>내 에세이</translation>
    </message>
    <message>
        <source>Blank {0}</source>
        <translation>빈칸 {0}</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(선택)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>내 답</translation>
    </message>
    <message>
        <source>{0} words: {1} over the limit of {2}. Shorten it before submitting; your text is kept.</source>
        <translation>{0}단어: 제한 {2}단어보다 {1}단어 많습니다. 제출하기 전에 줄여 주세요. 작성한 글은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>{0} words: at least {1} are asked for. Your text is kept.</source>
        <translation>{0}단어: 최소 {1}단어가 필요합니다. 작성한 글은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>{0} words (between {1} and {2})</source>
        <translation>{0}단어 ({1}~{2}단어)</translation>
    </message>
    <message>
        <source>{0} words (at most {1})</source>
        <translation>{0}단어 (최대 {1}단어)</translation>
    </message>
    <message>
        <source>{0} words (at least {1})</source>
        <translation>{0}단어 (최소 {1}단어)</translation>
    </message>
    <message>
        <source>{0} words</source>
        <translation>{0}단어</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>이전 문제</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>다음 →</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>다음 문제</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>검토 후 제출</translation>
    </message>
    <message>
        <source>Review your answers before submitting</source>
        <translation>제출하기 전에 답을 검토합니다</translation>
    </message>
    <message>
        <source>Save and leave</source>
        <translation>저장하고 나가기</translation>
    </message>
    <message>
        <source>Leave the quiz; your answers are kept and you can resume later</source>
        <translation>퀴즈를 나갑니다. 답은 보관되며 나중에 이어서 풀 수 있습니다</translation>
    </message>
    <message>
        <source>Keys: ←/→ move · 1–4 or A–D choose · Enter next</source>
        <translation>키: ←/→ 이동 · 1–4 또는 A–D 선택 · Enter 다음</translation>
    </message>
    <message>
        <source>Your answers before submitting</source>
        <translation>제출 전 내 답</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>문제로 돌아가기</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>답안 제출</translation>
    </message>
    <message>
        <source>Submit your answers for grading</source>
        <translation>채점을 위해 답을 제출합니다</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered yet: {0}. Unanswered questions score nothing. Select one to go back to it.</source>
        <translation>
            <numerusform>아직 답하지 않은 문제 %n개: {0}. 답하지 않은 문제는 점수가 없습니다. 문제를 선택하면 그 문제로 돌아갑니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal has received it.</source>
        <translation>포털이 받았습니다.</translation>
    </message>
    <message>
        <source>The portal has not taken it yet: see the outbox on the Submissions page.</source>
        <translation>포털이 아직 받지 않았습니다. 제출 페이지의 보낼 편지함을 확인하세요.</translation>
    </message>
    <message>
        <source>It is kept on this computer only.</source>
        <translation>이 컴퓨터에만 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>Each question with your answer, the correct answer and why</source>
        <translation>각 문제의 내 답, 정답, 그리고 그 이유</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 풀기</translation>
    </message>
    <message>
        <source>Start a new attempt at this quiz</source>
        <translation>이 퀴즈를 새로 시작합니다</translation>
    </message>
    <message>
        <source>Practise the missed questions</source>
        <translation>틀린 문제 연습하기</translation>
    </message>
    <message>
        <source>Practise only the questions you missed</source>
        <translation>틀린 문제만 연습합니다</translation>
    </message>
    <message>
        <source>Back to quizzes</source>
        <translation>퀴즈 목록으로</translation>
    </message>
    <message>
        <source>Back to the list of quizzes</source>
        <translation>퀴즈 목록으로 돌아갑니다</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>합격</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>아직 불합격</translation>
    </message>
    <message>
        <source>Score {0}/100 · {1} (pass mark {2})</source>
        <translation>점수 {0}/100 · {1} (합격 점수 {2})</translation>
    </message>
    <message>
        <source>{0} of {1} questions right · finished {2}.</source>
        <translation>{1}문제 중 {0}문제 정답 · {2}에 마침.</translation>
    </message>
    <message>
        <source>{0} of {1} questions right.</source>
        <translation>{1}문제 중 {0}문제 정답.</translation>
    </message>
    <message>
        <source>It is queued for the portal.</source>
        <translation>포털로 보낼 대기열에 있습니다.</translation>
    </message>
    <message>
        <source>{0} of {1} answered</source>
        <translation>{1}문제 중 {0}문제 답함</translation>
    </message>
    <message>
        <source>Question {0}: {1}</source>
        <translation>{0}번 문항: {1}</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>답하지 않음</translation>
    </message>
    <message>
        <source>Question {0}</source>
        <translation>문제 {0}</translation>
    </message>
    <message>
        <source>Your answer: {0}</source>
        <translation>내 답: {0}</translation>
    </message>
    <message>
        <source>Sent for the organizer to grade</source>
        <translation>주최 측 채점을 위해 보냄</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>부분 정답</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>오답</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>답하지 않음</translation>
    </message>
    <message>
        <source>{0} of {1} points</source>
        <translation>{1}점 중 {0}점</translation>
    </message>
    <message>
        <source>your answer</source>
        <translation>내 답</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>이유:</translation>
    </message>
    <message>
        <source>right</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>partly right</source>
        <translation>부분 정답</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>오답</translation>
    </message>
    <message>
        <source>Question {0}: {1} · {2}</source>
        <translation>문제 {0}: {1} · {2}</translation>
    </message>
    <message>
        <source>Every question has an answer. Submit when you are ready.</source>
        <translation>모든 문제에 답했습니다. 준비되면 제출하세요.</translation>
    </message>
    <message>
        <source>Practice attempt: it does not count toward the certificate.</source>
        <translation>연습 응시: 수료증에는 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>{0} of {1} right</source>
        <translation>{1}문제 중 {0}문제 정답</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>복습</translation>
    </message>
    <message>
        <source>Whole course (agenda)</source>
        <translation>전체 과정(일정표)</translation>
    </message>
    <message>
        <source>One week</source>
        <translation>한 주</translation>
    </message>
    <message>
        <source>Show the whole course or one week</source>
        <translation>전체 과정 또는 한 주 보기</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>보기:</translation>
    </message>
    <message>
        <source>← Previous week</source>
        <translation>← 지난주</translation>
    </message>
    <message>
        <source>Show the previous week</source>
        <translation>지난주 보기</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>이번 주</translation>
    </message>
    <message>
        <source>Show this week</source>
        <translation>이번 주 보기</translation>
    </message>
    <message>
        <source>Next week →</source>
        <translation>다음 주 →</translation>
    </message>
    <message>
        <source>Show the next week</source>
        <translation>다음 주 보기</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>캘린더로 내보내기…</translation>
    </message>
    <message>
        <source>Export all sessions and deadlines to a calendar file</source>
        <translation>모든 세션과 마감을 캘린더 파일로 내보냅니다</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>내 시간</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}({1})</translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation>{0} 주</translation>
    </message>
    <message>
        <source>Week of {0}: nothing scheduled</source>
        <translation>{0} 주: 일정 없음</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>캘린더로 내보내기</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>캘린더 파일 (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to {0}. Import the file into Outlook, Google Calendar or Apple Calendar; importing it again updates the same events.</source>
        <translation>
            <numerusform>일정 %n개를 {0}에 썼습니다. 이 파일을 Outlook, Google 캘린더 또는 Apple 캘린더로 가져오세요. 다시 가져오면 같은 일정이 갱신됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Course time</source>
        <translation>과정 시간</translation>
    </message>
    <message>
        <source>Live sessions and deadlines</source>
        <translation>라이브 세션과 마감</translation>
    </message>
    <message>
        <source>Details of the selected item</source>
        <translation>선택한 항목의 자세한 내용</translation>
    </message>
    <message>
        <source>Join meeting</source>
        <translation>회의 참여</translation>
    </message>
    <message>
        <source>Join the selected live session</source>
        <translation>선택한 라이브 세션에 참여합니다</translation>
    </message>
    <message>
        <source>I attended this session</source>
        <translation>이 세션에 참석했습니다</translation>
    </message>
    <message>
        <source>Record that you attended the selected session</source>
        <translation>선택한 세션에 참석했다고 기록합니다</translation>
    </message>
    <message>
        <source>Times are shown in your zone, {0}, beside the course&apos;s zone, {1}. Today is marked in bold; past items are greyed.</source>
        <translation>시간은 내 시간대 {0}와 과정 시간대 {1}로 함께 표시됩니다. 오늘은 굵게, 지난 항목은 흐리게 표시됩니다.</translation>
    </message>
    <message>
        <source>{0} (your time) · {1} (course time)</source>
        <translation>{0} (내 시간) · {1} (과정 시간)</translation>
    </message>
    <message>
        <source>Live session: {0} (host: {1})</source>
        <translation>라이브 세션: {0} (진행: {1})</translation>
    </message>
    <message>
        <source>Live session: {0}</source>
        <translation>라이브 세션: {0}</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>참석함</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>끝남</translation>
    </message>
    <message>
        <source>In {0}</source>
        <translation>{0} 후</translation>
    </message>
    <message>
        <source>Choose an item in the list to see its details.</source>
        <translation>목록에서 항목을 선택하면 자세한 내용이 표시됩니다.</translation>
    </message>
    <message>
        <source>{0}
Hosted by {1}. {2}

{3}</source>
        <translation>{0}
진행: {1}. {2}

{3}</translation>
    </message>
    <message>
        <source>{0}: {1} (your time), {2} (course time).</source>
        <translation>{0}: {1} (내 시간), {2} (과정 시간).</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Passed · best {0}</source>
        <translation>합격 · 최고 {0}</translation>
    </message>
    <message>
        <source>Best {0}, below {1}</source>
        <translation>최고 {0}, {1} 미만</translation>
    </message>
    <message>
        <source>Overdue: practice only</source>
        <translation>기한 지남: 연습만 가능</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>응시 안 함</translation>
    </message>
    <message>
        <source>Passed (practice)</source>
        <translation>합격 (연습)</translation>
    </message>
    <message>
        <source>Not passed (practice)</source>
        <translation>불합격 (연습)</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>불합격</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <source>Each lecture has a quiz of 10 questions. Take it offline; you see your score and the correct answers at once, and you may try again.</source>
        <translation>각 강의에는 10문제짜리 퀴즈가 있습니다. 오프라인으로 풀 수 있으며, 점수와 정답을 바로 확인하고 다시 풀 수 있습니다.</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>응시</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>This course has no quizzes.</source>
        <translation>이 과정에는 퀴즈가 없습니다.</translation>
    </message>
    <message>
        <source>Selected quiz</source>
        <translation>선택한 퀴즈</translation>
    </message>
    <message>
        <source>One question at a time</source>
        <translation>한 번에 한 문제씩</translation>
    </message>
    <message>
        <source>All questions on one page</source>
        <translation>모든 문제를 한 페이지에</translation>
    </message>
    <message>
        <source>How to show the questions</source>
        <translation>문제를 보여 주는 방식</translation>
    </message>
    <message>
        <source>Show questions:</source>
        <translation>문항 표시 방식:</translation>
    </message>
    <message>
        <source>Shuffle questions and options</source>
        <translation>문제와 선택지 섞기</translation>
    </message>
    <message>
        <source>Shuffle questions and options in the next attempt</source>
        <translation>다음 응시에서 문제와 선택지를 섞습니다</translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation>퀴즈 시작</translation>
    </message>
    <message>
        <source>Start or resume the selected quiz</source>
        <translation>선택한 퀴즈를 시작하거나 이어서 풉니다</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>처음부터 다시</translation>
    </message>
    <message>
        <source>Discard the unfinished attempt and start a new one</source>
        <translation>끝나지 않은 응시를 버리고 새로 시작합니다</translation>
    </message>
    <message>
        <source>Review selected attempt</source>
        <translation>선택한 응시 검토</translation>
    </message>
    <message>
        <source>Review the answers of the selected attempt</source>
        <translation>선택한 응시의 답을 검토합니다</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>응시</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>완료 시각</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>응시 기록</translation>
    </message>
    <message>
        <source>No attempts yet. Start the quiz: your score and the correct answers show at once.</source>
        <translation>아직 응시 기록이 없습니다. 퀴즈를 시작하면 점수와 정답이 바로 표시됩니다.</translation>
    </message>
    <message>
        <source>any number of attempts</source>
        <translation>응시 횟수 제한 없음</translation>
    </message>
    <message>
        <source>{0} of {1} attempts left</source>
        <translation>응시 기회 {1}회 중 {0}회 남음</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) · pass mark {0}/100 · {1}</source>
        <translation>
            <numerusform>%n문제 · 합격 점수 {0}/100 · {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Best score: {0}/100 (passed)</source>
        <translation>최고 점수: {0}/100 (합격)</translation>
    </message>
    <message>
        <source>Best score: {0}/100 (not passed yet)</source>
        <translation>최고 점수: {0}/100 (아직 불합격)</translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation>마감 {0}</translation>
    </message>
    <message>
        <source>The deadline has passed: you can still practise, and attempts are recorded as practice.</source>
        <translation>마감이 지났습니다. 계속 연습할 수 있으며 응시는 연습으로 기록됩니다.</translation>
    </message>
    <message>
        <source>An unfinished attempt is waiting: {0} of {1} answered.</source>
        <translation>끝나지 않은 응시가 있습니다: {1}문제 중 {0}문제 답함.</translation>
    </message>
    <message>
        <source>Resume attempt</source>
        <translation>응시 이어서 하기</translation>
    </message>
    <message>
        <source>Practise</source>
        <translation>연습하기</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>내 시간대</translation>
    </message>
    <message>
        <source>Use this zone</source>
        <translation>이 시간대 사용</translation>
    </message>
    <message>
        <source>Use the time zone typed or chosen</source>
        <translation>입력하거나 선택한 시간대를 사용합니다</translation>
    </message>
    <message>
        <source>Use this computer&apos;s zone</source>
        <translation>이 컴퓨터의 시간대 사용</translation>
    </message>
    <message>
        <source>Use this computer&apos;s time zone</source>
        <translation>이 컴퓨터의 시간대를 사용합니다</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Remind me before live sessions and deadlines</source>
        <translation>라이브 세션과 마감 전에 알려 주기</translation>
    </message>
    <message>
        <source>Before a live session</source>
        <translation>라이브 세션 전</translation>
    </message>
    <message>
        <source>and</source>
        <translation>그리고</translation>
    </message>
    <message>
        <source>Before a deadline</source>
        <translation>마감 전</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>Low bandwidth</source>
        <translation>저대역폭</translation>
    </message>
    <message>
        <source>Audio only</source>
        <translation>오디오만</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>텍스트만</translation>
    </message>
    <message>
        <source>Times are shown in {0} (chosen by you) beside the course&apos;s own zone. This computer reports {1}.</source>
        <translation>시간은 {0}(직접 선택함) 기준으로 과정 시간대와 함께 표시됩니다. 이 컴퓨터는 {1}(으)로 알려 줍니다.</translation>
    </message>
    <message>
        <source>Times are shown in {0} (this computer&apos;s zone) beside the course&apos;s own zone.</source>
        <translation>시간은 {0}(이 컴퓨터의 시간대) 기준으로 과정 시간대와 함께 표시됩니다.</translation>
    </message>
    <message>
        <source>{0}, reminder {1}, in {2}</source>
        <translation>{0}, 알림 {1}, 단위: {2}</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Save reminders</source>
        <translation>알림 저장</translation>
    </message>
    <message>
        <source>Save the reminder settings</source>
        <translation>알림 설정을 저장합니다</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Cap the bandwidth so the office line stays usable, and choose which version of a video to keep by default (low-bandwidth suits slow links).</source>
        <translation>사무실 회선이 느려지지 않도록 대역폭을 제한하고, 기본으로 받을 동영상 버전을 고르세요(느린 회선에는 저대역폭 버전이 알맞습니다).</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Version to download by default</source>
        <translation>기본으로 다운로드할 버전</translation>
    </message>
    <message>
        <source>Download by default</source>
        <translation>기본 다운로드</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone this computer knows. Choose one from the list, or type a city such as Madrid or Seoul.</source>
        <translation>“{0}”은(는) 이 컴퓨터가 아는 시간대가 아닙니다. 목록에서 고르거나 마드리드, 서울 같은 도시 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Only on unmetered connections</source>
        <translation>종량제가 아닌 연결에서만</translation>
    </message>
    <message>
        <source>Download only on unmetered connections</source>
        <translation>종량제가 아닌 연결에서만 다운로드</translation>
    </message>
    <message>
        <source>Downloads wait while the system says the connection is metered (charged by use)</source>
        <translation>시스템이 연결을 종량제(사용량 과금)로 표시하는 동안 다운로드는 기다립니다</translation>
    </message>
    <message>
        <source> MB a day</source>
        <translation> MB/일</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>예산 없음</translation>
    </message>
    <message>
        <source>Daily data budget for downloads in megabytes</source>
        <translation>하루 데이터 예산: 다운로드(MB)</translation>
    </message>
    <message>
        <source>Daily data budget</source>
        <translation>하루 데이터 예산</translation>
    </message>
    <message>
        <source>Large files only between</source>
        <translation>큰 파일은 다음 시간에만:</translation>
    </message>
    <message>
        <source>Download large files only in off-peak hours</source>
        <translation>큰 파일은 사용량이 적은 시간에만 다운로드</translation>
    </message>
    <message>
        <source>Off-peak hours start</source>
        <translation>사용량이 적은 시간 시작</translation>
    </message>
    <message>
        <source>Off-peak hours end</source>
        <translation>사용량이 적은 시간 끝</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>· large means from</source>
        <translation>· 큰 파일 기준</translation>
    </message>
    <message>
        <source>downloads use at most about {0} of the connection</source>
        <translation>다운로드는 연결의 최대 약 {0}까지 사용합니다</translation>
    </message>
    <message>
        <source>Share with colleagues on this network</source>
        <translation>이 네트워크의 동료와 공유</translation>
    </message>
    <message>
        <source>Share my course files on this network</source>
        <translation>이 네트워크에서 내 강좌 파일 공유</translation>
    </message>
    <message>
        <source>It uses at most about {0} of this computer&apos;s connection.</source>
        <translation>이 컴퓨터 연결의 최대 약 {0}까지 사용합니다.</translation>
    </message>
    <message>
        <source>Its speed is not capped.</source>
        <translation>속도 제한이 없습니다.</translation>
    </message>
    <message>
        <source>What is shared: only the lecture files downloaded and verified on this computer (checked that they are complete and unaltered), read-only. Never your answers, submissions, notes, sign-in or settings. With whom: anyone on this local network who runs Companion; their app fetches lecture files from this computer before the portal, so the office&apos;s connection carries each file once.</source>
        <translation>공유되는 것: 이 컴퓨터에 내려받아 확인된 강의 파일만(완전하고 변경되지 않았음을 확인한 파일), 읽기 전용으로 공유됩니다. 답안, 제출물, 메모, 로그인 정보, 설정은 절대 공유되지 않습니다. 공유 대상: 이 로컬 네트워크에서 Companion을 사용하는 모든 사람. 그들의 앱은 포털보다 먼저 이 컴퓨터에서 강의 파일을 받으므로, 사무실 인터넷 연결로는 파일마다 한 번만 내려받습니다.</translation>
    </message>
    <message>
        <source>It also passes on the Companion update this computer has downloaded, so colleagues need not download it again; their Companion checks it against the publisher&apos;s signature.</source>
        <translation>이 컴퓨터가 내려받은 Companion 업데이트도 전달하므로 동료는 다시 내려받을 필요가 없습니다. 동료의 Companion이 배포자의 서명으로 확인합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Sharing %n verified file(s) as {0} (port {1}).</source>
        <translation>
            <numerusform>확인된 파일 %n개를 {0}(으)로 공유하는 중입니다(포트 {1}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sharing now: it could not start. Turn it off and on to try again.</source>
        <translation>지금은 공유하지 않습니다: 시작할 수 없었습니다. 끄고 다시 켜서 재시도하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Not sharing. %n verified file(s) could be shared.</source>
        <translation>
            <numerusform>공유하지 않습니다. 확인된 파일 %n개를 공유할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sharing.</source>
        <translation>공유하지 않습니다.</translation>
    </message>
    <message>
        <source>Off-peak hours</source>
        <translation>사용량이 적은 시간</translation>
    </message>
    <message>
        <source>Save download settings</source>
        <translation>다운로드 설정 저장</translation>
    </message>
    <message>
        <source>Save the download settings</source>
        <translation>다운로드 설정을 저장합니다</translation>
    </message>
    <message>
        <source>The system says this connection is metered.</source>
        <translation>시스템에 따르면 이 연결은 종량제입니다.</translation>
    </message>
    <message>
        <source>The system says this connection is not metered.</source>
        <translation>시스템에 따르면 이 연결은 종량제가 아닙니다.</translation>
    </message>
    <message>
        <source>This computer does not say whether the connection is metered, so “only on unmetered connections” cannot hold anything back.</source>
        <translation>이 컴퓨터는 연결이 종량제인지 알려 주지 않으므로 “종량제가 아닌 연결에서만”으로 다운로드를 미룰 수 없습니다.</translation>
    </message>
    <message>
        <source>only on unmetered connections</source>
        <translation>종량제가 아닌 연결에서만</translation>
    </message>
    <message>
        <source>up to {0} a day</source>
        <translation>하루 최대 {0}</translation>
    </message>
    <message>
        <source>files from {0} wait for {1}–{2}</source>
        <translation>{0} 이상의 파일은 {1}–{2}까지 기다립니다</translation>
    </message>
    <message>
        <source>Saved: {0}.</source>
        <translation>저장됨: {0}.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>저장 공간</translation>
    </message>
    <message>
        <source>Space taken by downloaded lecture files. Freeing it removes only the downloads: your work, quiz results and the course notes stay.</source>
        <translation>다운로드한 강의 파일이 차지하는 공간입니다. 공간을 비우면 다운로드만 지워지고, 내 작업과 퀴즈 결과, 강의 노트는 남습니다.</translation>
    </message>
    <message>
        <source>Downloaded files</source>
        <translation>다운로드한 파일</translation>
    </message>
    <message>
        <source>Space used per course</source>
        <translation>과정별 사용 공간</translation>
    </message>
    <message>
        <source>Free space…</source>
        <translation>공간 비우기…</translation>
    </message>
    <message>
        <source>Remove the downloaded files of the selected course</source>
        <translation>선택한 과정의 다운로드 파일을 지웁니다</translation>
    </message>
    <message>
        <source>Course portal</source>
        <translation>과정 포털</translation>
    </message>
    <message>
        <source>The portal is where your submissions go and your course updates come from. Without one, your work stays safe on this computer and waits in the outbox.</source>
        <translation>포털은 제출물이 가는 곳이자 과정 업데이트가 오는 곳입니다. 포털이 없어도 작업은 이 컴퓨터에 안전하게 남아 보낼 편지함에서 기다립니다.</translation>
    </message>
    <message>
        <source>https://portal.example.org</source>
        <translation>https://portal.example.org</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>포털 주소</translation>
    </message>
    <message>
        <source>Sign in to the portal</source>
        <translation>포털에 로그인</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Sign out of the portal and forget the token</source>
        <translation>포털에서 로그아웃하고 토큰을 지웁니다</translation>
    </message>
    <message>
        <source>Start a demo portal on this computer</source>
        <translation>이 컴퓨터에서 데모 포털 시작</translation>
    </message>
    <message>
        <source>Start a demo portal on this computer and sign in to it</source>
        <translation>이 컴퓨터에서 데모 포털을 시작하고 로그인합니다</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>주소 저장</translation>
    </message>
    <message>
        <source>Save the portal address</source>
        <translation>포털 주소를 저장합니다</translation>
    </message>
    <message>
        <source>Forget portal</source>
        <translation>포털 지우기</translation>
    </message>
    <message>
        <source>Forget the portal address</source>
        <translation>포털 주소를 지웁니다</translation>
    </message>
    <message>
        <source>Course dates</source>
        <translation>과정 날짜</translation>
    </message>
    <message>
        <source>Run the course from this week</source>
        <translation>이번 주부터 과정 진행</translation>
    </message>
    <message>
        <source>Shift the course dates so it runs from this week</source>
        <translation>과정 날짜를 옮겨 이번 주부터 진행합니다</translation>
    </message>
    <message>
        <source>Back to published dates</source>
        <translation>발표된 날짜로 돌아가기</translation>
    </message>
    <message>
        <source>Go back to the published course dates</source>
        <translation>과정의 원래 발표 날짜로 돌아갑니다</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message numerus="yes">
        <source>Shifted by %n week(s): now {0} – {1}. Published dates: {2}. Every session keeps its weekday and its time in {3}.</source>
        <translation>
            <numerusform>%n주 이동됨: 현재 {0} – {1}. 공개된 날짜: {2}. 모든 세션은 {3} 기준 요일과 시간을 유지합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The language of Companion&apos;s own words. Course content stays in the course&apos;s language; dates follow the language you pick.</source>
        <translation>Companion 자체 문구의 언어입니다. 과정 내용은 과정의 언어 그대로이며, 날짜는 고른 언어를 따릅니다.</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>언어: 앱 화면의 언어</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>컴퓨터의 언어</translation>
    </message>
    <message>
        <source>Use this language</source>
        <translation>이 언어 사용</translation>
    </message>
    <message>
        <source>Use the chosen language (Companion restarts)</source>
        <translation>선택한 언어 사용(Companion 다시 시작)</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>지금 다시 시작</translation>
    </message>
    <message>
        <source>Restart Companion in the chosen language</source>
        <translation>선택한 언어로 Companion 다시 시작</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>내 데이터</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>데이터 폴더 열기</translation>
    </message>
    <message>
        <source>Open the data folder in your file manager</source>
        <translation>파일 관리자에서 데이터 폴더를 엽니다</translation>
    </message>
    <message>
        <source>Saved: {0}. Restart Companion to see it; your work is kept as it is.</source>
        <translation>저장됨: {0}. Companion을 다시 시작하면 적용됩니다. 작업은 그대로 보관됩니다.</translation>
    </message>
    <message>
        <source>Companion could not restart itself; please start it again.</source>
        <translation>Companion이 스스로 다시 시작하지 못했습니다. 직접 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Downloaded today: {0}. {1}</source>
        <translation>오늘 다운로드: {0}. {1}</translation>
    </message>
    <message>
        <source>In all: {0} in {1}</source>
        <translation>전체: {1}에 {0}</translation>
    </message>
    <message>
        <source>{0} has no downloaded files.</source>
        <translation>{0}에는 다운로드한 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>공간 비우기</translation>
    </message>
    <message>
        <source>Remove the downloaded files of {0} ({1})? You can download them again later.</source>
        <translation>{0}의 다운로드 파일({1})을 지울까요? 나중에 다시 다운로드할 수 있습니다.</translation>
    </message>
    <message>
        <source>Remove downloads</source>
        <translation>다운로드 지우기</translation>
    </message>
    <message>
        <source>Freed {0}.</source>
        <translation>{0}를 비웠습니다.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 시간</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 분</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Reminder lead in hours</source>
        <translation>알림 시점(시간)</translation>
    </message>
    <message>
        <source>Reminder lead in minutes</source>
        <translation>알림 시점(분)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>전</translation>
    </message>
    <message>
        <source>Saved. Reminders are planned again from the schedule.</source>
        <translation>저장했습니다. 일정에 따라 알림을 다시 계획합니다.</translation>
    </message>
    <message>
        <source>Download speed limit, in kilobits per second</source>
        <translation>내려받기 속도 제한(초당 킬로비트)</translation>
    </message>
    <message>
        <source>Off-peak hours: size from which a file counts as large, in megabytes</source>
        <translation>사용량이 적은 시간: 큰 파일로 보는 크기(MB)</translation>
    </message>
    <message>
        <source>Signed in to</source>
        <translation>로그인한 포털</translation>
    </message>
    <message>
        <source>Sign in to another portal…</source>
        <translation>다른 포털에 로그인…</translation>
    </message>
    <message>
        <source>Sign in to one more portal; the others stay signed in</source>
        <translation>포털 하나에 더 로그인합니다. 다른 포털은 로그인 상태로 유지됩니다</translation>
    </message>
    <message>
        <source>No portal yet.</source>
        <translation>아직 포털이 없습니다.</translation>
    </message>
    <message>
        <source>sign-in expired: sign in again</source>
        <translation>로그인이 만료됨: 다시 로그인하세요</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>로그인됨</translation>
    </message>
    <message>
        <source>{0} as {1} ({2})</source>
        <translation>{0} - {1} ({2})</translation>
    </message>
    <message>
        <source>Sign out of {0}</source>
        <translation>{0}에서 로그아웃</translation>
    </message>
    <message>
        <source>Signed out of {0}; the other portals stay signed in.</source>
        <translation>{0}에서 로그아웃했습니다. 다른 포털은 로그인 상태로 유지됩니다.</translation>
    </message>
    <message>
        <source>No portal set: nothing is sent anywhere.</source>
        <translation>포털이 설정되지 않음: 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Your sign-in is kept in this computer&apos;s keyring.</source>
        <translation>로그인 정보는 이 컴퓨터의 키링에 보관됩니다.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so your sign-in is kept only while Companion runs.</source>
        <translation>이 컴퓨터에는 키링이 없어 로그인 정보는 Companion이 실행되는 동안에만 유지됩니다.</translation>
    </message>
    <message>
        <source>Signed in as {0}. {1}</source>
        <translation>{0}(으)로 로그인됨. {1}</translation>
    </message>
    <message>
        <source>Not signed in: submissions wait in the outbox until you sign in.</source>
        <translation>로그인 안 됨: 로그인할 때까지 제출물은 보낼 편지함에서 기다립니다.</translation>
    </message>
    <message>
        <source>As published: {0}.</source>
        <translation>발표된 그대로: {0}.</translation>
    </message>
    <message>
        <source>Everything you make is kept in {0}</source>
        <translation>내가 만든 모든 것은 {0}에 보관됩니다</translation>
    </message>
    <message>
        <source>Times are now shown in {0}.</source>
        <translation>이제 시간은 {0} 기준으로 표시됩니다.</translation>
    </message>
    <message>
        <source>downloads run without a bandwidth limit</source>
        <translation>다운로드 대역폭 제한 없음</translation>
    </message>
    <message>
        <source>Signed out; the token was removed from this computer.</source>
        <translation>로그아웃했습니다. 토큰을 이 컴퓨터에서 지웠습니다.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>Portal forgotten.</source>
        <translation>포털을 지웠습니다.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Next live session</source>
        <translation>다음 라이브 세션</translation>
    </message>
    <message>
        <source>Join the next live session</source>
        <translation>다음 라이브 세션에 참여합니다</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>다음 마감</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Open the item with the next deadline</source>
        <translation>마감이 가장 가까운 항목을 엽니다</translation>
    </message>
    <message>
        <source>Review now</source>
        <translation>지금 복습</translation>
    </message>
    <message>
        <source>Review today&apos;s questions</source>
        <translation>오늘의 문제 복습하기</translation>
    </message>
    <message>
        <source>Certificate checklist</source>
        <translation>수료 체크리스트</translation>
    </message>
    <message>
        <source>Certificate progress</source>
        <translation>수료 진행률</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
    <message>
        <source>Due / starts (your time)</source>
        <translation>마감 / 시작 (내 시간)</translation>
    </message>
    <message>
        <source>Open certificate</source>
        <translation>수료증 열기</translation>
    </message>
    <message>
        <source>Open the certificate (PDF)</source>
        <translation>수료증(PDF) 열기</translation>
    </message>
    <message>
        <source>Save certificate as…</source>
        <translation>수료증을 다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Save a copy of the certificate (PDF)</source>
        <translation>수료증(PDF) 사본 저장</translation>
    </message>
    <message>
        <source>Nothing to review today.</source>
        <translation>오늘은 복습할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Happening now.</source>
        <translation>지금 진행 중입니다.</translation>
    </message>
    <message>
        <source>Due within a day: {0}</source>
        <translation>하루 안에 마감: {0}</translation>
    </message>
    <message>
        <source>Due soon: {0}</source>
        <translation>곧 마감: {0}</translation>
    </message>
    <message>
        <source>The organizer withdrew this certificate: {0}, {1}, issued {2}. Verification code: {3}. It is no longer valid; your copy stays on this computer.</source>
        <translation>주최자가 이 수료증을 철회했습니다: {0}, {1}, {2} 발급. 확인 코드: {3}. 더 이상 유효하지 않으며, 이 컴퓨터에 있는 사본은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>Your certificate has arrived: {0}, {1}, issued {2}. Verification code: {3}</source>
        <translation>수료증이 도착했습니다: {0}, {1}, {2} 발급. 확인 코드: {3}</translation>
    </message>
    <message>
        <source>Save certificate as</source>
        <translation>수료증을 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate saved to {0}</source>
        <translation>수료증을 {0}에 저장했습니다</translation>
    </message>
    <message>
        <source>Run it from this week</source>
        <translation>이번 주부터 진행</translation>
    </message>
    <message>
        <source>eligible for the certificate</source>
        <translation>수료 자격 충족</translation>
    </message>
    <message>
        <source>not yet eligible</source>
        <translation>아직 수료 자격 없음</translation>
    </message>
    <message>
        <source>{0} of {1} required items done · {2}</source>
        <translation>필수 항목 {1}개 중 {0}개 완료 · {2}</translation>
    </message>
    <message numerus="yes">
        <source>Dates shifted by %n week(s) so the course runs now. The published programme ran {0}; every session keeps its weekday and its time in {1}.</source>
        <translation>
            <numerusform>과정이 지금 진행되도록 날짜를 %n주 옮겼습니다. 발표된 일정은 {0}이었습니다. 모든 세션은 {1} 기준의 요일과 시각을 그대로 유지합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The portal runs this course %n week(s) after its published dates ({0}); every session keeps its weekday and its time in {1}.</source>
        <translation>
            <numerusform>포털은 이 과정을 발표된 날짜({0})보다 %n주 늦게 진행합니다. 모든 세션은 {1} 기준의 요일과 시각을 그대로 유지합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>This course ran {0}, so every date is in the past: the deadlines are closed and the quizzes are open for practice. You can run it as if it were now: this week&apos;s first live session is already over, so it would start next week, on {1}.</source>
        <translation>이 과정은 {0}에 진행되어 모든 날짜가 지났습니다. 마감은 끝났고 퀴즈는 연습용으로 열려 있습니다. 지금 진행하는 것처럼 해 볼 수 있습니다. 이번 주 첫 라이브 세션이 이미 끝났으므로 다음 주 {1}에 시작합니다.</translation>
    </message>
    <message>
        <source>Run it from next week</source>
        <translation>다음 주부터 진행하기</translation>
    </message>
    <message>
        <source>This course ran {0}, so every date is in the past: the deadlines are closed and the quizzes are open for practice. You can run it as if it were now, from this week ({1}).</source>
        <translation>이 과정은 {0}에 진행되어 모든 날짜가 지났습니다. 마감은 끝났고 퀴즈는 연습용으로 열려 있습니다. 이번 주({1})부터 지금 진행하는 것처럼 해 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>{0}
Hosted by {1}</source>
        <translation>{0}
진행: {1}</translation>
    </message>
    <message>
        <source>Happening now</source>
        <translation>지금 진행 중</translation>
    </message>
    <message>
        <source>Starts in {0}.</source>
        <translation>{0} 후 시작.</translation>
    </message>
    <message>
        <source>No live sessions ahead.</source>
        <translation>예정된 라이브 세션이 없습니다.</translation>
    </message>
    <message>
        <source>No deadlines ahead.</source>
        <translation>예정된 마감이 없습니다.</translation>
    </message>
    <message>
        <source>Lectures</source>
        <translation>강의</translation>
    </message>
    <message>
        <source>Self-paced lectures: read the notes offline, watch the previews when you are online.</source>
        <translation>자기 주도 강의: 노트는 오프라인으로 읽고, 미리 보기 영상은 온라인일 때 보세요.</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>강의</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>자료</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Materials of this lecture</source>
        <translation>이 강의의 자료</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Download the selected material for offline use</source>
        <translation>선택한 자료를 오프라인용으로 다운로드합니다</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Pause or resume the selected download</source>
        <translation>선택한 다운로드를 일시 정지하거나 다시 시작합니다</translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation>다운로드 지우기</translation>
    </message>
    <message>
        <source>Remove the downloaded copy and free its space</source>
        <translation>다운로드한 사본을 지우고 공간을 비웁니다</translation>
    </message>
    <message>
        <source>Download this lecture</source>
        <translation>이 강의 다운로드</translation>
    </message>
    <message>
        <source>Download every material of this lecture</source>
        <translation>이 강의의 모든 자료를 다운로드합니다</translation>
    </message>
    <message>
        <source>Download everything</source>
        <translation>모두 다운로드</translation>
    </message>
    <message>
        <source>Download every material of the course, smallest first</source>
        <translation>과정의 모든 자료를 작은 것부터 다운로드합니다</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>브라우저에서 열기</translation>
    </message>
    <message>
        <source>Open the selected online material in your browser</source>
        <translation>선택한 온라인 자료를 브라우저에서 엽니다</translation>
    </message>
    <message>
        <source>That link leads to a page of the course&apos;s platform: it needs a connection and your account there.</source>
        <translation>이 링크는 과정 플랫폼의 페이지로 연결됩니다. 인터넷 연결과 그곳의 계정이 필요합니다.</translation>
    </message>
    <message>
        <source>Available offline (read-only)</source>
        <translation>오프라인에서 사용 가능(읽기 전용)</translation>
    </message>
    <message>
        <source>This download is {0}</source>
        <translation>이 다운로드: {0}</translation>
    </message>
    <message>
        <source>{0}: on the course&apos;s platform</source>
        <translation>{0}: 과정 플랫폼에서만 사용</translation>
    </message>
    <message>
        <source>&lt;p&gt;This works only on the course&apos;s platform (for example a tool or a graded activity there): &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;It needs an internet connection and your account on that platform.&lt;/p&gt;</source>
        <translation>&lt;p&gt;이 항목은 과정 플랫폼에서만 작동합니다(예: 그곳의 도구나 채점 활동): &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;인터넷 연결과 해당 플랫폼 계정이 필요합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This works only on the course&apos;s platform, and the course file gives no address for it: open the course on its platform to use it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;이 항목은 과정 플랫폼에서만 작동하며, 과정 파일에 주소가 없습니다. 사용하려면 해당 플랫폼에서 과정을 여세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0} · discussion, read-only · available offline</source>
        <translation>{0} · 토론, 읽기 전용 · 오프라인에서 사용 가능</translation>
    </message>
    <message numerus="yes">
        <source>{0} · available offline · %n page(s)</source>
        <translation>
            <numerusform>{0} · 오프라인 사용 가능 · %n페이지</numerusform>
        </translation>
    </message>
    <message>
        <source>Lecture notes</source>
        <translation>강의 노트</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>오디오</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>녹취록</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>온라인 링크</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Discussion (read-only)</source>
        <translation>토론(읽기 전용)</translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation>플랫폼에서만</translation>
    </message>
    <message>
        <source>More from the course file</source>
        <translation>과정 파일의 기타 자료</translation>
    </message>
    <message>
        <source>{0} › {1}</source>
        <translation>{0} › {1}</translation>
    </message>
    <message>
        <source>PDF viewer</source>
        <translation>PDF 뷰어</translation>
    </message>
    <message>
        <source>Lecture video and audio player</source>
        <translation>강의 동영상·오디오 플레이어</translation>
    </message>
    <message>
        <source>Online only: opens in your browser</source>
        <translation>온라인 전용: 브라우저에서 열림</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>오프라인 사용 가능</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>온라인 전용</translation>
    </message>
    <message>
        <source>Downloading {0}</source>
        <translation>다운로드 중 {0}</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>{0} 남음</translation>
    </message>
    <message>
        <source>Downloaded · checking the file…</source>
        <translation>다운로드됨 · 파일 확인 중…</translation>
    </message>
    <message>
        <source>Online only · {0}</source>
        <translation>온라인 전용 · {0}</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>업데이트 있음</translation>
    </message>
    <message>
        <source>Available offline · from {0} on this network</source>
        <translation>오프라인 사용 가능 · 이 네트워크의 {0}에서 받음</translation>
    </message>
    <message>
        <source>Paused at {0}</source>
        <translation>{0}에서 일시 중지됨</translation>
    </message>
    <message>
        <source>Failed: {0}</source>
        <translation>실패: {0}</translation>
    </message>
    <message>
        <source>Queued · {0}</source>
        <translation>대기 중 · {0}</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>다운로드 중…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>Queued: {0}</source>
        <translation>대기열에 추가: {0}</translation>
    </message>
    <message>
        <source>Everything asked for is already on this computer.</source>
        <translation>요청한 것은 모두 이미 이 컴퓨터에 있습니다.</translation>
    </message>
    <message>
        <source>Download for offline use?</source>
        <translation>오프라인용으로 다운로드할까요?</translation>
    </message>
    <message>
        <source>Downloads resume where they stopped if the connection drops. You can change the bandwidth limit, data budget and off-peak hours in Settings.</source>
        <translation>연결이 끊겨도 다운로드는 멈춘 곳에서 다시 시작합니다. 대역폭 제한, 데이터 예산, 사용량이 적은 시간은 설정에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Download cost</source>
        <translation>다운로드 비용</translation>
    </message>
    <message>
        <source>This lecture has no materials.</source>
        <translation>이 강의에는 자료가 없습니다.</translation>
    </message>
    <message>
        <source>{0}: online only. It opens in your web browser.</source>
        <translation>{0}: 온라인 전용. 웹 브라우저에서 열립니다.</translation>
    </message>
    <message>
        <source>&lt;p&gt;This material lives online: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;It needs an internet connection. The lecture notes work offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;이 자료는 온라인에 있습니다: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;인터넷 연결이 필요합니다. 강의 노트는 오프라인에서도 볼 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{0} · available offline</source>
        <translation>{0} · 오프라인 사용 가능</translation>
    </message>
    <message>
        <source>{0} · not on this computer yet</source>
        <translation>{0} · 아직 이 컴퓨터에 없음</translation>
    </message>
    <message>
        <source>This material is not on this computer yet. Select Download to keep a copy for offline use; it resumes where it stopped if the connection drops.</source>
        <translation>이 자료는 아직 이 컴퓨터에 없습니다. 다운로드를 선택하면 오프라인용 사본을 보관합니다. 연결이 끊기면 멈춘 곳에서 다시 시작합니다.</translation>
    </message>
    <message>
        <source>{0} · available offline · Space plays or pauses; it remembers where you stopped</source>
        <translation>{0} · 오프라인 사용 가능 · 스페이스 키로 재생/일시 정지, 멈춘 곳을 기억합니다</translation>
    </message>
    <message>
        <source>{0} is stored at {1}.</source>
        <translation>{0}은(는) {1}에 저장되어 있습니다.</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>연결 대기 중</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>보내는 중</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>이 컴퓨터에 보관됨</translation>
    </message>
    <message>
        <source>Essay</source>
        <translation>에세이</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>설문</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>실행 계획</translation>
    </message>
    <message>
        <source>Quiz attempt</source>
        <translation>퀴즈 응시</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>접수됨</translation>
    </message>
    <message>
        <source>submitted after the deadline</source>
        <translation>마감 후 제출됨</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>accepted as on time: its fingerprint reached the portal before the deadline</source>
        <translation>기한 내 제출로 인정됨: 지문이 마감 전에 포털에 도착했습니다</translation>
    </message>
    <message>
        <source>accepted as on time: submitted before the deadline, delivered after it</source>
        <translation>기한 내 제출로 인정됨: 마감 전에 제출했고 마감 후에 전달됨</translation>
    </message>
    <message>
        <source>accepted as on time</source>
        <translation>기한 내 제출로 인정됨</translation>
    </message>
    <message>
        <source>arrived at the portal {0}</source>
        <translation>포털에 도착함 {0}</translation>
    </message>
    <message>
        <source>arrived at the portal</source>
        <translation>포털에 도착함</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>portal score {0}/100</source>
        <translation>포털 점수 {0}/100</translation>
    </message>
    <message>
        <source>Receipt number at the portal: {0}</source>
        <translation>포털의 접수 번호: {0}</translation>
    </message>
    <message>
        <source>Fingerprint of what the portal received: {0}</source>
        <translation>포털이 받은 내용의 지문: {0}</translation>
    </message>
    <message>
        <source>The fingerprint is computed from the work itself: it lets the portal and this computer check that the work arrived complete and unaltered.</source>
        <translation>지문은 제출물 자체에서 계산됩니다. 포털과 이 컴퓨터가 제출물이 빠짐없이, 바뀌지 않고 도착했는지 확인할 수 있게 해 줍니다.</translation>
    </message>
    <message>
        <source>Your selfies&apos; fingerprint reached the portal at {0} — on time; the photos follow when the connection allows</source>
        <translation>셀카의 지문이 {0}에 포털에 도착했습니다 — 기한 내; 사진은 연결이 허락할 때 뒤따라 전송됩니다</translation>
    </message>
    <message>
        <source>Your submission&apos;s fingerprint reached the portal at {0} — on time; the rest follows when the connection allows</source>
        <translation>제출물의 지문이 {0}에 포털에 도착했습니다 — 기한 내; 나머지는 연결이 허락할 때 뒤따라 전송됩니다</translation>
    </message>
    <message>
        <source>Your selfies&apos; fingerprint reached the portal at {0}, after the deadline; the photos follow when the connection allows</source>
        <translation>셀카의 지문이 마감 후인 {0}에 포털에 도착했습니다; 사진은 연결이 허락할 때 뒤따라 전송됩니다</translation>
    </message>
    <message>
        <source>Your submission&apos;s fingerprint reached the portal at {0}, after the deadline; the rest follows when the connection allows</source>
        <translation>제출물의 지문이 마감 후인 {0}에 포털에 도착했습니다; 나머지는 연결이 허락할 때 뒤따라 전송됩니다</translation>
    </message>
    <message>
        <source>Your selfies&apos; fingerprint reached the portal at {0}; the photos follow when the connection allows</source>
        <translation>셀카의 지문이 {0}에 포털에 도착했습니다; 사진은 연결이 허락할 때 뒤따라 전송됩니다</translation>
    </message>
    <message>
        <source>Your submission&apos;s fingerprint reached the portal at {0}; the rest follows when the connection allows</source>
        <translation>제출물의 지문이 {0}에 포털에 도착했습니다; 나머지는 연결이 허락할 때 뒤따라 전송됩니다</translation>
    </message>
    <message>
        <source>Kept on this computer until the portal takes it</source>
        <translation>포털이 받을 때까지 이 컴퓨터에 보관됩니다</translation>
    </message>
    <message>
        <source>Delivered · {0}</source>
        <translation>전달됨 · {0}</translation>
    </message>
    <message>
        <source>see the outbox</source>
        <translation>보낼 편지함을 확인하세요</translation>
    </message>
    <message>
        <source>Submitted {0} — the portal refused it: {1} Fix it and submit again.</source>
        <translation>{0}에 제출함 — 포털이 거부했습니다: {1} 수정한 뒤 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Submitted {0} — kept on this computer: {1}</source>
        <translation>{0}에 제출함 — 이 컴퓨터에 보관됨: {1}</translation>
    </message>
    <message>
        <source>Submitted {0} — {1}</source>
        <translation>{0} 제출 — {1}</translation>
    </message>
    <message>
        <source>Submitted {0} — waiting for a connection to the portal.</source>
        <translation>{0}에 제출함 — 포털 연결을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Needs revision</source>
        <translation>수정 필요</translation>
    </message>
    <message>
        <source>The organizer accepted this work.</source>
        <translation>주최 측이 이 과제를 승인했습니다.</translation>
    </message>
    <message>
        <source>The organizer asked for a revision.</source>
        <translation>주최 측이 수정을 요청했습니다.</translation>
    </message>
    <message>
        <source>The organizer commented on this work.</source>
        <translation>주최 측이 이 과제에 의견을 남겼습니다.</translation>
    </message>
    <message>
        <source>You sent a new version after this answer; the organizer has not answered it yet.</source>
        <translation>이 답변 뒤에 새 버전을 보냈습니다. 주최 측은 아직 답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing more to do for this assignment.</source>
        <translation>이 과제는 더 할 일이 없습니다.</translation>
    </message>
    <message>
        <source>Change your work below and submit it again.</source>
        <translation>아래에서 과제를 고친 뒤 다시 제출하세요.</translation>
    </message>
    <message>
        <source>Answered {0}</source>
        <translation>{0}에 답변함</translation>
    </message>
    <message>
        <source>About your submission of {0} · answered {1}</source>
        <translation>{0}에 제출한 과제에 대해 · {1}에 답변함</translation>
    </message>
    <message>
        <source>organizer: {0}</source>
        <translation>주최 측: {0}</translation>
    </message>
    <message>
        <source>organizer: commented</source>
        <translation>주최 측: 의견 남김</translation>
    </message>
    <message>
        <source>New feedback from the organizer on {0}: {1}.</source>
        <translation>{0}에 대한 주최 측의 새 피드백: {1}.</translation>
    </message>
    <message>
        <source>New feedback from the organizer on {0}.</source>
        <translation>{0}에 대한 주최 측의 새 피드백이 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>New feedback from the organizer on %n submission(s).</source>
        <translation>
            <numerusform>제출물 %n건에 대한 주최 측의 새 피드백이 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Write and hand in your work here. It is saved on this computer as you go and waits safely in the outbox until the portal takes it.</source>
        <translation>여기서 과제를 쓰고 제출하세요. 쓰는 동안 이 컴퓨터에 저장되며, 포털이 받을 때까지 보낼 편지함에서 안전하게 기다립니다.</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>내 글</translation>
    </message>
    <message>
        <source>Start writing here. Your words are saved as you type.</source>
        <translation>여기에 쓰기 시작하세요. 입력하는 대로 저장됩니다.</translation>
    </message>
    <message>
        <source>How much of one page the text fills</source>
        <translation>글이 한 페이지를 얼마나 채우는지</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) of {0}</source>
        <translation>
            <numerusform>{0}단어 중 %n단어</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n단어</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: one page holds about {0} words</source>
        <translation>비어 있음: 한 페이지는 약 {0}단어입니다</translation>
    </message>
    <message>
        <source>under a tenth of a page</source>
        <translation>한 페이지의 10분의 1 미만</translation>
    </message>
    <message>
        <source>about {0} of a page</source>
        <translation>약 {0}페이지</translation>
    </message>
    <message>
        <source>about {0} pages</source>
        <translation>약 {0}페이지</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Chosen photos</source>
        <translation>선택한 사진</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>사진 추가…</translation>
    </message>
    <message>
        <source>Choose photos to add</source>
        <translation>추가할 사진 선택</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>선택 항목 지우기</translation>
    </message>
    <message>
        <source>Remove the selected photo</source>
        <translation>선택한 사진을 지웁니다</translation>
    </message>
    <message>
        <source>Photos are turned upright, made smaller for sending and stripped of their location before they leave this computer.</source>
        <translation>사진은 이 컴퓨터를 떠나기 전에 바로 세워지고, 보내기 알맞게 작아지며, 위치 정보가 지워집니다.</translation>
    </message>
    <message>
        <source>{0}
{1}</source>
        <translation>{0}
{1}</translation>
    </message>
    <message>
        <source>Photo {0}, {1}</source>
        <translation>사진 {0}, {1}</translation>
    </message>
    <message>
        <source>Choose learning selfies</source>
        <translation>학습 셀카 선택</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic *.webp);;All files (*)</source>
        <translation>사진 (*.jpg *.jpeg *.png *.heic *.webp);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>What happened to your last submission of this assignment</source>
        <translation>이 과제의 마지막 제출이 어떻게 되었는지</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Submit this assignment</source>
        <translation>이 과제를 제출합니다</translation>
    </message>
    <message>
        <source>Outbox: everything you submitted</source>
        <translation>보낼 편지함: 내가 제출한 모든 것</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출 시각</translation>
    </message>
    <message>
        <source>Receipt / note</source>
        <translation>접수증 / 메모</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>보낼 편지함</translation>
    </message>
    <message>
        <source>Nothing sent yet. When you submit an assignment or finish a quiz, it waits here until the portal has it.</source>
        <translation>아직 보낸 것이 없습니다. 과제를 제출하거나 퀴즈를 마치면 포털이 받을 때까지 여기에서 기다립니다.</translation>
    </message>
    <message>
        <source>Details of the selected outbox item</source>
        <translation>선택한 보낼 편지함 항목의 자세한 내용</translation>
    </message>
    <message>
        <source>Send mine</source>
        <translation>내 것 보내기</translation>
    </message>
    <message>
        <source>Send this version to the portal (nothing is deleted)</source>
        <translation>이 버전을 포털로 보냅니다(아무것도 삭제되지 않음)</translation>
    </message>
    <message>
        <source>Keep the portal&apos;s</source>
        <translation>포털 것 유지</translation>
    </message>
    <message>
        <source>Keep the portal&apos;s version; this one stays on this computer</source>
        <translation>포털의 버전을 유지합니다. 이 버전은 이 컴퓨터에 남습니다</translation>
    </message>
    <message>
        <source>Submitted, waiting to be sent</source>
        <translation>제출됨, 전송 대기 중</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>초안 저장됨</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작하지 않음</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Feedback from the organizer</source>
        <translation>주최 측 피드백</translation>
    </message>
    <message>
        <source>The organizer&apos;s comment</source>
        <translation>주최 측 의견</translation>
    </message>
    <message>
        <source>Feedback from the organizer: {0}</source>
        <translation>주최 측 피드백: {0}</translation>
    </message>
    <message>
        <source>Show the receipt&apos;s number and fingerprint</source>
        <translation>접수 번호와 지문 보기</translation>
    </message>
    <message>
        <source>Receipt details</source>
        <translation>접수 세부 정보</translation>
    </message>
    <message>
        <source>Send mine as well</source>
        <translation>내 것도 보내기</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>마감 없음</translation>
    </message>
    <message>
        <source>at most {0} words</source>
        <translation>최대 {0}단어</translation>
    </message>
    <message>
        <source>{0} to {1} photos</source>
        <translation>사진 {0}–{1}장</translation>
    </message>
    <message>
        <source> ({0})</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <source>Submit a revision</source>
        <translation>수정본 제출</translation>
    </message>
    <message>
        <source>Submit again</source>
        <translation>다시 제출</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>fits on one page</source>
        <translation>한 페이지에 들어감</translation>
    </message>
    <message>
        <source>too long for one page</source>
        <translation>한 페이지보다 김</translation>
    </message>
    <message>
        <source>Preparing photos…</source>
        <translation>사진 준비 중…</translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>이 컴퓨터에 저장됨</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Join now</source>
        <translation>지금 참여</translation>
    </message>
    <message>
        <source>Join the live session</source>
        <translation>라이브 세션에 참여합니다</translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation>이 알림 닫기</translation>
    </message>
    <message>
        <source>Companion: missed reminder</source>
        <translation>Companion: 놓친 알림</translation>
    </message>
    <message>
        <source>Sign in to the course portal</source>
        <translation>과정 포털에 로그인</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>로그인 ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>로그인 메시지</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation>로그인 ID와 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인하는 중…</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the portal refuses more for now. Try again in {0} seconds.</source>
        <translation>로그인 실패가 너무 많아 포털이 당분간 로그인을 받지 않습니다. {0}초 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the portal refuses more for now. Try again in {0} minutes, at {1}.</source>
        <translation>로그인 실패가 너무 많아 포털이 당분간 로그인을 받지 않습니다. {0}분 후({1})에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>로그인하지 않음</translation>
    </message>
    <message numerus="yes">
        <source>Offline: the portal cannot be reached; trying again in %n min</source>
        <translation>
            <numerusform>오프라인: 포털에 연결할 수 없습니다. %n분 후 다시 시도합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the portal cannot be reached</source>
        <translation>오프라인: 포털에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>Online · last sync {0}</source>
        <translation>온라인 · 마지막 동기화 {0}</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>검색 상태</translation>
    </message>
    <message>
        <source>↓ and ↑ choose · Enter opens · Esc closes</source>
        <translation>↓ ↑ 선택 · Enter 열기 · Esc 닫기</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>검색 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>검색…</translation>
    </message>
    <message>
        <source>Search the course (Ctrl+K or Ctrl+F)</source>
        <translation>과정 검색 (Ctrl+K 또는 Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the course</source>
        <translation>과정 검색</translation>
    </message>
    <message>
        <source>Finds words in lecture notes, downloaded PDFs, quizzes, assignments and live sessions, without a connection</source>
        <translation>인터넷 연결 없이 강의 노트, 내려받은 PDF, 퀴즈, 과제, 실시간 세션에서 단어를 찾습니다</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>결과 1개</translation>
    </message>
    <message>
        <source>The {0} best results</source>
        <translation>가장 관련 있는 결과 {0}개</translation>
    </message>
    <message>
        <source>{0} results</source>
        <translation>결과 {0}개</translation>
    </message>
    <message>
        <source>{0} · still reading the course&apos;s files, more may come</source>
        <translation>{0} · 과정 파일을 아직 읽는 중이라 결과가 더 나올 수 있습니다</translation>
    </message>
    <message>
        <source>online: needs a connection</source>
        <translation>온라인: 인터넷 연결 필요</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>다시</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>어려움</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>쉬움</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) to review today, about {0} minute(s)</source>
        <translation>
            <numerusform>오늘 복습할 문제 %n개, 약 {0}분</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions you answered in quizzes come back here when you are about to forget them; the ones you missed come first. Reviews never change your quiz scores.</source>
        <translation>퀴즈에서 답한 문제는 잊어버릴 즈음 여기로 돌아옵니다. 틀린 문제가 먼저 나옵니다. 복습은 퀴즈 점수를 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Every course</source>
        <translation>모든 과정</translation>
    </message>
    <message>
        <source>This course only</source>
        <translation>이 과정만</translation>
    </message>
    <message>
        <source>Which questions to review</source>
        <translation>복습할 문제 범위</translation>
    </message>
    <message>
        <source>Questions from:</source>
        <translation>복습할 문항:</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <source>Show review statistics</source>
        <translation>복습 통계 보기</translation>
    </message>
    <message>
        <source>Remind me every day at</source>
        <translation>매일 알림 시각</translation>
    </message>
    <message>
        <source>Remind me to review every day</source>
        <translation>매일 복습 알림 받기</translation>
    </message>
    <message>
        <source>Time of the daily review reminder (your time zone)</source>
        <translation>매일 복습 알림 시각 (내 시간대)</translation>
    </message>
    <message>
        <source>Nothing to review today</source>
        <translation>오늘은 복습할 것이 없습니다</translation>
    </message>
    <message>
        <source>Questions you answer in quizzes come back here when they are due. Take or practise a quiz, then come back tomorrow.</source>
        <translation>퀴즈에서 답한 문제는 복습할 때가 되면 여기로 돌아옵니다. 퀴즈를 풀거나 연습한 뒤 내일 다시 오세요.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Keys: 1-9 choose an option, Enter checks.</source>
        <translation>키: 1-9로 보기를 고르고 Enter로 확인합니다.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Check the answer</source>
        <translation>답 확인하기</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>답</translation>
    </message>
    <message>
        <source>Grade this review {0}</source>
        <translation>이 복습을 &apos;{0}&apos;(으)로 평가</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>저장하고 다음</translation>
    </message>
    <message>
        <source>Save the grade and show the next question</source>
        <translation>평가를 저장하고 다음 문제 보기</translation>
    </message>
    <message>
        <source>Keys: 1-4 choose a grade, Space saves it and goes on.</source>
        <translation>키: 1-4로 평가를 고르고 Space로 저장한 뒤 넘어갑니다.</translation>
    </message>
    <message>
        <source>Done for today</source>
        <translation>오늘은 끝</translation>
    </message>
    <message numerus="yes">
        <source>You reviewed %n question(s). Nothing else is due today; the next ones come back when you are about to forget them.</source>
        <translation>
            <numerusform>%n개 문제를 복습했습니다. 오늘은 더 없습니다. 다음 문제는 잊어버릴 즈음 돌아옵니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are up to date: %n question(s) wait for later days.</source>
        <translation>
            <numerusform>모두 마쳤습니다. %n개 문제가 다음 날들을 기다립니다.</numerusform>
        </translation>
    </message>
    <message>
        <source> · missed last time</source>
        <translation> · 지난번에 틀림</translation>
    </message>
    <message>
        <source>Choose an answer first (keys 1-9).</source>
        <translation>먼저 답을 고르세요 (키 1-9).</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>맞았습니다.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>아쉽게도 틀렸습니다.</translation>
    </message>
    <message>
        <source>The answer: {0}</source>
        <translation>정답: {0}</translation>
    </message>
    <message>
        <source>Grade {0}, chosen by you.</source>
        <translation>평가 {0}: 직접 선택했습니다.</translation>
    </message>
    <message>
        <source>Grade {0}, inferred from your answer and the time it took. Choose another if it felt different.</source>
        <translation>평가 {0}: 답과 걸린 시간으로 추정했습니다. 느낌이 달랐다면 다른 평가를 고르세요.</translation>
    </message>
    <message>
        <source>Review statistics</source>
        <translation>복습 통계</translation>
    </message>
    <message>
        <source>Back to reviewing</source>
        <translation>복습으로 돌아가기</translation>
    </message>
    <message>
        <source>no reviews yet</source>
        <translation>아직 복습 없음</translation>
    </message>
    <message>
        <source>Reviews in the last 30 days: {0}</source>
        <translation>최근 30일 복습: {0}</translation>
    </message>
    <message>
        <source>Answered right: {0}</source>
        <translation>맞힌 비율: {0}</translation>
    </message>
    <message>
        <source>Due in the next 7 days: {0}; in the next 30 days: {1}</source>
        <translation>앞으로 7일 안에 복습할 문제: {0}, 30일 안에: {1}</translation>
    </message>
    <message>
        <source>Reviews per day, last 30 days</source>
        <translation>일별 복습, 최근 30일</translation>
    </message>
    <message>
        <source>Questions due, next 30 days</source>
        <translation>복습 예정 문제, 앞으로 30일</translation>
    </message>
    <message>
        <source>{0}×</source>
        <translation>{0}×</translation>
    </message>
    <message>
        <source>When my download rules allow</source>
        <translation>다운로드 규칙이 허용할 때</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>하지 않음</translation>
    </message>
    <message>
        <source>No check for updates yet.</source>
        <translation>아직 업데이트를 확인하지 않았습니다.</translation>
    </message>
    <message>
        <source>{0} It came from a colleague&apos;s computer on this network (checked against the publisher&apos;s signature).</source>
        <translation>{0} 이 네트워크에 있는 동료의 컴퓨터에서 받았습니다(배포자의 서명으로 확인함).</translation>
    </message>
    <message>
        <source>Last check: {0}: {1}</source>
        <translation>마지막 확인: {0}: {1}</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>Companion can update itself. It looks for a new version about once a day when your download rules allow (Settings, Downloads), downloads only what changed when it can, checks the publisher&apos;s signature, and switches at the next start. The version you have stays until the new one has started once.</source>
        <translation>Companion은 스스로 업데이트할 수 있습니다. 다운로드 규칙(설정, 다운로드)이 허용할 때 하루에 한 번 정도 새 버전을 확인하고, 가능하면 바뀐 부분만 내려받으며, 배포자의 서명을 확인한 뒤 다음 실행 때 새 버전으로 바꿉니다. 새 버전이 한 번 실행될 때까지 지금 버전은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>Look for updates</source>
        <translation>업데이트 확인</translation>
    </message>
    <message>
        <source>Update repository address</source>
        <translation>업데이트 저장소 주소</translation>
    </message>
    <message>
        <source>Update repository</source>
        <translation>업데이트 저장소</translation>
    </message>
    <message>
        <source>Office copy of the update repository: its address</source>
        <translation>사무실 사본: 사무실 네트워크에 있는 업데이트 저장소 사본의 주소</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Updates are downloaded from this copy first; every byte is checked against the repository&apos;s signatures</source>
        <translation>업데이트는 먼저 이 사본에서 내려받으며, 모든 바이트를 저장소의 서명과 대조합니다</translation>
    </message>
    <message>
        <source>Office copy</source>
        <translation>사무실 사본</translation>
    </message>
    <message>
        <source>Save update settings</source>
        <translation>업데이트 설정 저장</translation>
    </message>
    <message>
        <source>Save the update settings</source>
        <translation>업데이트 설정을 저장합니다</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>지금 확인</translation>
    </message>
    <message>
        <source>Check for an update now</source>
        <translation>지금 업데이트 확인</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>바뀐 점</translation>
    </message>
    <message>
        <source>Download the update</source>
        <translation>업데이트 내려받기</translation>
    </message>
    <message>
        <source>Download the update now</source>
        <translation>지금 업데이트 내려받기</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop the update&apos;s download</source>
        <translation>업데이트 다운로드 중지</translation>
    </message>
    <message>
        <source>Update download</source>
        <translation>업데이트 다운로드</translation>
    </message>
    <message>
        <source>https://updates.example.org</source>
        <translation>https://updates.example.org</translation>
    </message>
    <message>
        <source>COMPANION_UPDATE_URL is set, so updates come from {0}.</source>
        <translation>COMPANION_UPDATE_URL이 설정되어 있어 업데이트는 {0}에서 받습니다.</translation>
    </message>
    <message>
        <source>Empty: the repository built into this copy, {0}.</source>
        <translation>비워 두면 이 사본에 들어 있는 저장소 {0}을(를) 씁니다.</translation>
    </message>
    <message>
        <source>No repository is built into this copy: enter the address your organisation gives.</source>
        <translation>이 사본에는 저장소가 들어 있지 않습니다. 소속 기관이 알려 준 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>This is version {0}.</source>
        <translation>지금 버전은 {0}입니다.</translation>
    </message>
    <message>
        <source>Version {0} did not start and was set aside; you are on the version you had.</source>
        <translation>버전 {0}이(가) 실행되지 않아 제외했습니다. 이전 버전을 그대로 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>What changed: {0}</source>
        <translation>바뀐 점: {0}</translation>
    </message>
    <message>
        <source>Looking for an update…</source>
        <translation>업데이트를 찾는 중…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>업데이트를 내려받는 중…</translation>
    </message>
    <message>
        <source>See the update</source>
        <translation>업데이트 보기</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>아이디 또는 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again and Companion carries on where it stopped.</source>
        <translation>로그인이 만료되었습니다. 다시 로그인하면 Companion이 멈춘 곳에서 이어 갑니다.</translation>
    </message>
    <message>
        <source>The portal does not offer this course.</source>
        <translation>포털에 이 과정이 없습니다.</translation>
    </message>
    <message>
        <source>The portal no longer has this material.</source>
        <translation>포털에 더 이상 이 자료가 없습니다.</translation>
    </message>
    <message>
        <source>The file is larger than the portal accepts.</source>
        <translation>파일이 포털이 받는 크기보다 큽니다.</translation>
    </message>
    <message>
        <source>The portal says: {0}</source>
        <translation>포털 메시지: {0}</translation>
    </message>
    <message>
        <source>The portal answered with error {0}.</source>
        <translation>포털이 오류 {0}(으)로 응답했습니다.</translation>
    </message>
    <message>
        <source>The portal refused it.</source>
        <translation>포털이 거부했습니다.</translation>
    </message>
    <message>
        <source>it is not well-formed XML</source>
        <translation>올바른 XML이 아닙니다</translation>
    </message>
    <message>
        <source>it declares XML entities or external references, which Companion never expands</source>
        <translation>Companion이 절대 펼치지 않는 XML 엔터티나 외부 참조를 선언합니다</translation>
    </message>
    <message>
        <source>it is XML, but not QTI or a Moodle export</source>
        <translation>XML이지만 QTI나 Moodle 내보내기가 아닙니다</translation>
    </message>
    <message>
        <source>it is XML, but not a Moodle question export</source>
        <translation>XML이지만 Moodle 문제 내보내기가 아닙니다</translation>
    </message>
    <message>
        <source>it holds no GIFT question (nothing in braces)</source>
        <translation>GIFT 문항이 없습니다(중괄호 안에 아무것도 없음)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>it is not a readable zip file</source>
        <translation>읽을 수 있는 zip 파일이 아닙니다</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>너무 큽니다</translation>
    </message>
    <message>
        <source>it holds no question Companion can run</source>
        <translation>Companion이 실행할 수 있는 문항이 없습니다</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The portal already holds another version of this item, received {0} from another computer. Send yours as well (the newest counts) or keep the portal&apos;s; nothing is deleted either way.</source>
        <translation>포털에 이미 다른 컴퓨터에서 {0}에 받은 이 항목의 다른 버전이 있습니다. 내 버전도 보내거나(가장 최근 것이 인정됨) 포털의 버전을 유지하세요. 어느 쪽이든 아무것도 삭제되지 않습니다.</translation>
    </message>
    <message>
        <source>The portal refused it. {0}</source>
        <translation>포털이 거부했습니다. {0}</translation>
    </message>
    <message>
        <source>The file {0} is no longer on this computer ({1}); submit the assignment again with the photo.</source>
        <translation>파일 {0}이(가) 더 이상 이 컴퓨터에 없습니다({1}). 사진을 넣어 과제를 다시 제출하세요.</translation>
    </message>
    <message>
        <source>The portal holds different content under this item&apos;s id. Nothing was overwritten; send your version again as a new submission.</source>
        <translation>포털에 이 항목 ID로 다른 내용이 있습니다. 아무것도 덮어쓰지 않았습니다. 새 제출로 다시 보내세요.</translation>
    </message>
    <message>
        <source>Kept on this computer; the portal&apos;s version counts.</source>
        <translation>이 컴퓨터에 보관됨. 포털의 버전이 인정됩니다.</translation>
    </message>
    <message>
        <source>Replaced by your later submission.</source>
        <translation>나중에 제출한 버전으로 대체되었습니다.</translation>
    </message>
    <message>
        <source>Sign in to the portal to send your work.</source>
        <translation>작업을 보내려면 포털에 로그인하세요.</translation>
    </message>
    <message>
        <source>No portal is set: your work stays on this computer.</source>
        <translation>설정된 포털이 없습니다. 작업은 이 컴퓨터에 남습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The portal is busy; it asked to come back in %n second(s).</source>
        <translation>
            <numerusform>포털이 바쁩니다. %n초 후에 다시 오라고 했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portal kept failing; Companion will try again later.</source>
        <translation>포털에서 계속 오류가 났습니다. Companion이 나중에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The portal cannot be reached right now; your work is kept and will be sent later.</source>
        <translation>지금은 포털에 연결할 수 없습니다. 작업은 보관되며 나중에 전송됩니다.</translation>
    </message>
    <message>
        <source>The portal sent a web page instead of data (perhaps a sign-in page of your network); try again later or check the portal&apos;s address.</source>
        <translation>포털이 데이터 대신 웹 페이지를 보냈습니다(네트워크 로그인 페이지일 수 있음). 나중에 다시 시도하거나 포털 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was too large (over {0}); it was not read. Check the portal&apos;s address.</source>
        <translation>포털의 응답이 너무 큽니다({0} 초과). 읽지 않았습니다. 포털 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer did not contain what was asked for ({0}); check the portal&apos;s address.</source>
        <translation>포털의 응답에 요청한 내용({0})이 없습니다. 포털 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>The photo {0} arrived damaged; it will be sent again.</source>
        <translation>사진 {0}이(가) 손상된 채 도착했습니다. 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The connection dropped during the download; it resumes later.</source>
        <translation>다운로드 중 연결이 끊겼습니다. 나중에 이어서 받습니다.</translation>
    </message>
    <message>
        <source>The server sent a part of the file without saying which part; the download resumes later.</source>
        <translation>서버가 어느 부분인지 알리지 않고 파일 일부를 보냈습니다. 나중에 이어서 받습니다.</translation>
    </message>
    <message>
        <source>The server resumed at the wrong place; the download starts again.</source>
        <translation>서버가 잘못된 위치에서 이어 보냈습니다. 다운로드를 처음부터 다시 합니다.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has no file to download.</source>
        <translation>&apos;{0}&apos;에는 다운로드할 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Not enough disk space: it needs {0} and {1} are free.</source>
        <translation>디스크 공간이 부족합니다: {0}이(가) 필요한데 {1}만 남아 있습니다.</translation>
    </message>
    <message>
        <source>The server sent a web page instead of the file (perhaps a sign-in or error page); nothing was kept.</source>
        <translation>서버가 파일 대신 웹 페이지(로그인 또는 오류 페이지일 수 있음)를 보냈습니다. 아무것도 보관하지 않았습니다.</translation>
    </message>
    <message>
        <source>The server sent more bytes than the file has; the part was discarded.</source>
        <translation>서버가 파일 크기보다 많은 바이트를 보냈습니다. 받은 부분을 버렸습니다.</translation>
    </message>
    <message>
        <source>The download stopped at {0} of {1}; it resumes later.</source>
        <translation>다운로드가 {1} 중 {0}에서 멈췄습니다. 나중에 이어서 받습니다.</translation>
    </message>
    <message>
        <source>The work arrived damaged (the check that it is complete and unaltered failed); it will be sent again.</source>
        <translation>제출물이 손상된 채 도착했습니다(완전하고 변경되지 않았는지 확인하지 못했습니다). 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The file that arrived failed the check that it is complete and unaltered; it was discarded and will be downloaded again.</source>
        <translation>받은 파일이 완전하고 변경되지 않았는지 확인하는 검사를 통과하지 못해 삭제했으며, 다시 내려받습니다.</translation>
    </message>
    <message>
        <source>Sharing cannot start: port {0} is in use or not allowed on this computer ({1}).</source>
        <translation>공유를 시작할 수 없습니다: 포트 {0}이(가) 사용 중이거나 이 컴퓨터에서 허용되지 않습니다({1}).</translation>
    </message>
    <message>
        <source>Waits for an unmetered connection.</source>
        <translation>데이터 무제한 연결을 기다립니다.</translation>
    </message>
    <message>
        <source>Waits for tomorrow&apos;s data budget: it needs {0}, {1} of today&apos;s {2} are left.</source>
        <translation>내일 데이터 한도를 기다립니다: {0}이(가) 필요하며 오늘 {2} 중 {1} 남았습니다.</translation>
    </message>
    <message>
        <source>Large file: waits for the off-peak hours {0}–{1}.</source>
        <translation>큰 파일: 한가한 시간대 {0}–{1}을(를) 기다립니다.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>본문이 비어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The text has %n word(s); the limit is {0}.</source>
        <translation>
            <numerusform>본문이 %n단어입니다. 한도는 {0}단어입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add at least %n photo(s) ({0} chosen).</source>
        <translation>
            <numerusform>사진을 %n장 이상 추가하세요({0}장 선택됨).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n photo(s) are accepted ({0} chosen).</source>
        <translation>
            <numerusform>사진은 최대 %n장까지 받습니다({0}장 선택됨).</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is {1}; accepted: {2}.</source>
        <translation>{0}은(는) {1}입니다. 허용: {2}.</translation>
    </message>
    <message>
        <source>{0} is {1}; the limit is {2}.</source>
        <translation>{0}은(는) {1}입니다. 한도는 {2}입니다.</translation>
    </message>
    <message>
        <source>Answer: “{0}”</source>
        <translation>답하세요: “{0}”</translation>
    </message>
    <message>
        <source>“{0}” is not a choice for “{1}”</source>
        <translation>“{0}”은(는) “{1}”의 선택지가 아닙니다</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>{0}을(를) 읽을 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>{0} is {1}, too large to be a photo Companion can take.</source>
        <translation>{0}은(는) {1}로, Companion이 받을 수 있는 사진보다 큽니다.</translation>
    </message>
    <message>
        <source>{0} is not a picture Companion can read (use a JPEG or PNG photo).</source>
        <translation>{0}은(는) Companion이 읽을 수 있는 이미지가 아닙니다(JPEG 또는 PNG 사진을 쓰세요).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a web address like https://portal.example.org</source>
        <translation>&apos;{0}&apos;은(는) https://portal.example.org 같은 웹 주소가 아닙니다</translation>
    </message>
    <message>
        <source>An http:// portal address is only allowed on this computer (127.0.0.1 or localhost); use https:// so your password and work travel encrypted.</source>
        <translation>http:// 포털 주소는 이 컴퓨터(127.0.0.1 또는 localhost)에서만 허용됩니다. 비밀번호와 작업이 암호화되어 전송되도록 https://를 쓰세요.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a known time zone; use an IANA name such as Europe/Madrid or Asia/Seoul.</source>
        <translation>&apos;{0}&apos;은(는) 알려진 시간대가 아닙니다. Europe/Madrid나 Asia/Seoul 같은 IANA 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>A reminder must come between 1 minute and 14 days ahead.</source>
        <translation>알림은 1분에서 14일 전 사이로 정해야 합니다.</translation>
    </message>
    <message>
        <source>{0} is not a valid value for the setting “{1}”.</source>
        <translation>{0}은(는) 설정 “{1}”에 맞는 값이 아닙니다.</translation>
    </message>
    <message>
        <source>No course is installed; add one with &apos;companion courses add PATH&apos;.</source>
        <translation>설치된 과정이 없습니다. &apos;companion courses add 경로&apos;로 추가하세요.</translation>
    </message>
    <message>
        <source>There is no course &apos;{0}&apos;.</source>
        <translation>&apos;{0}&apos; 과정이 없습니다.</translation>
    </message>
    <message>
        <source>{0} cannot be imported as a question bank: {1}.</source>
        <translation>{0}을(를) 문제 은행으로 가져올 수 없습니다: {1}.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not part of this course.</source>
        <translation>&apos;{0}&apos;은(는) 이 과정에 없습니다.</translation>
    </message>
    <message>
        <source>This is version {0} of &apos;{1}&apos;, older than the installed version {2}; nothing was changed.</source>
        <translation>&apos;{1}&apos;의 버전 {0}으로, 설치된 버전 {2}보다 오래되었습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Companion cannot open its data at {0} ({1}). Nothing was changed; restore it from a backup or use another data folder.</source>
        <translation>Companion이 {0}의 데이터를 열 수 없습니다({1}). 아무것도 바뀌지 않았습니다. 백업에서 복원하거나 다른 데이터 폴더를 사용하세요.</translation>
    </message>
    <message>
        <source>Search cannot keep its index in {0} ({1}). It needs SQLite 3.34 or newer with FTS5; this Python has SQLite {2}. Everything else works as before.</source>
        <translation>검색 색인을 {0}에 보관할 수 없습니다 ({1}). FTS5를 갖춘 SQLite 3.34 이상이 필요하며, 이 Python의 SQLite는 {2}입니다. 다른 기능은 모두 그대로 작동합니다.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}. Your work is kept.</source>
        <translation>문제가 생겼습니다: {0}. 작업은 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>That attempt is not finished, so there is nothing to retry from it.</source>
        <translation>그 시도는 끝나지 않아 다시 풀 문제가 없습니다.</translation>
    </message>
    <message>
        <source>That attempt missed nothing: there are no questions to retry.</source>
        <translation>그 시도에서 틀린 문제가 없어 다시 풀 문제가 없습니다.</translation>
    </message>
    <message>
        <source>New course from the portal: {0}.</source>
        <translation>포털의 새 과정: {0}.</translation>
    </message>
    <message>
        <source>The course is now called “{0}”.</source>
        <translation>과정 이름이 이제 “{0}”입니다.</translation>
    </message>
    <message>
        <source>New material: {0}.</source>
        <translation>새 자료: {0}.</translation>
    </message>
    <message>
        <source>Material withdrawn: {0} (your copy stays until you remove it).</source>
        <translation>자료 철회됨: {0}(내 사본은 직접 지울 때까지 남습니다).</translation>
    </message>
    <message>
        <source>Updated material: {0}.</source>
        <translation>업데이트된 자료: {0}.</translation>
    </message>
    <message>
        <source>New live session: {0}, {1}.</source>
        <translation>새 실시간 세션: {0}, {1}.</translation>
    </message>
    <message>
        <source>Live session moved: {0} is now {1}.</source>
        <translation>실시간 세션 변경: {0}이(가) 이제 {1}입니다.</translation>
    </message>
    <message>
        <source>Live session cancelled: {0}.</source>
        <translation>실시간 세션 취소: {0}.</translation>
    </message>
    <message>
        <source>New deadline for {0}: {1}.</source>
        <translation>{0}의 새 마감: {1}.</translation>
    </message>
    <message>
        <source>The course was updated to version {0}.</source>
        <translation>과정이 버전 {0}(으)로 업데이트되었습니다.</translation>
    </message>
    <message>
        <source>The portal still offers version {0} of “{1}”; this computer keeps its newer version {2}.</source>
        <translation>포털은 아직 “{1}” 버전 {0}을(를) 제공합니다. 이 컴퓨터는 더 새로운 버전 {2}을(를) 유지합니다.</translation>
    </message>
    <message>
        <source>The course package cannot be used: {0}</source>
        <translation>과정 패키지를 쓸 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Something went wrong: {0}: {1}. Your work is kept.</source>
        <translation>문제가 생겼습니다: {0}: {1}. 작업은 보관되어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n개 전달됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n개 아직 대기 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) your attention</source>
        <translation>
            <numerusform>%n개 확인 필요</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: everything is delivered.</source>
        <translation>동기화됨: 모두 전달되었습니다.</translation>
    </message>
    <message>
        <source>Synced: {0}</source>
        <translation>동기화됨: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n downloaded</source>
        <translation>
            <numerusform>%n개 다운로드됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting (data settings)</source>
        <translation>
            <numerusform>%n개 대기 중(데이터 설정)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (stopped).</source>
        <translation>{0} (중지됨).</translation>
    </message>
    <message>
        <source>{0}.</source>
        <translation>{0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {0}</source>
        <translation>
            <numerusform>파일 %n개, {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) at your bandwidth limit</source>
        <translation>
            <numerusform>대역폭 제한으로 약 %n분</numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute at your bandwidth limit</source>
        <translation>대역폭 제한으로 1분 미만</translation>
    </message>
    <message>
        <source>{0} left in today&apos;s data budget</source>
        <translation>오늘 데이터 한도 {0} 남음</translation>
    </message>
    <message>
        <source>this connection is metered: it may cost money</source>
        <translation>이 연결은 데이터 종량제입니다: 요금이 들 수 있습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n will wait (budget, off-peak hours or metered link)</source>
        <translation>
            <numerusform>%n개는 기다립니다(한도, 한가한 시간대 또는 종량제 연결)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added &apos;{0}&apos; ({1}, version {2}).</source>
        <translation>&apos;{0}&apos;({1}, 버전 {2})을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Updated &apos;{0}&apos; ({1}) from version {2} to {3}; your answers, drafts and submissions are kept.</source>
        <translation>&apos;{0}&apos;({1})을(를) 버전 {2}에서 {3}(으)로 업데이트했습니다. 답안, 초안, 제출물은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; ({1}) version {2} is already installed; nothing changed.</source>
        <translation>&apos;{0}&apos;({1}) 버전 {2}은(는) 이미 설치되어 있습니다. 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <source>This computer has no password keyring (such as GNOME Keyring, KWallet, the Windows Credential Manager or the macOS Keychain), so your sign-in is kept only while Companion runs.</source>
        <translation>이 컴퓨터에는 비밀번호 키링(GNOME Keyring, KWallet, Windows 자격 증명 관리자, macOS 키체인 등)이 없어 로그인 정보는 Companion이 실행되는 동안만 유지됩니다.</translation>
    </message>
    <message>
        <source>The update repository could not be reached. Companion will try again later.</source>
        <translation>업데이트 저장소에 연결할 수 없습니다. Companion이 나중에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The update repository answered with an error. Companion will try again later.</source>
        <translation>업데이트 저장소가 오류로 응답했습니다. Companion이 나중에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The update repository sent more data than it should, so Companion stopped. Nothing was installed.</source>
        <translation>업데이트 저장소가 정해진 것보다 많은 데이터를 보내 Companion이 중단했습니다. 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>The update came too slowly and was stopped. Companion will try again later.</source>
        <translation>업데이트가 너무 느리게 와서 중단했습니다. Companion이 나중에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The update is not signed by Companion&apos;s publisher and was refused. Nothing was installed.</source>
        <translation>업데이트에 Companion 배포자의 서명이 없어 거부했습니다. 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>The repository offered older information than Companion already has, so it was refused. Nothing was installed.</source>
        <translation>저장소가 Companion이 이미 가진 것보다 오래된 정보를 보내 거부했습니다. 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>The repository&apos;s files do not belong together, so the update was refused. Nothing was installed.</source>
        <translation>저장소의 파일들이 서로 맞지 않아 업데이트를 거부했습니다. 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>The repository&apos;s signed information has expired, so it cannot be trusted now. Nothing was installed.</source>
        <translation>저장소의 서명된 정보가 만료되어 지금은 믿을 수 없습니다. 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>The repository&apos;s information could not be read, so the update was refused. Nothing was installed.</source>
        <translation>저장소의 정보를 읽을 수 없어 업데이트를 거부했습니다. 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>The downloaded update does not match what was signed and was thrown away. Nothing was installed.</source>
        <translation>내려받은 업데이트가 서명된 내용과 달라 버렸습니다. 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>This copy of Companion differs from its original files, so the small update cannot be applied; the whole version is needed.</source>
        <translation>이 Companion 사본이 원래 파일과 달라 작은 업데이트를 적용할 수 없습니다. 전체 버전이 필요합니다.</translation>
    </message>
    <message>
        <source>The update holds files it must not, so it was refused. Nothing was installed.</source>
        <translation>업데이트에 들어 있으면 안 되는 파일이 있어 거부했습니다. 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>The update is no longer offered by the repository.</source>
        <translation>저장소가 이 업데이트를 더 이상 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>This copy of Companion has no key to check updates with, so it cannot update itself.</source>
        <translation>이 Companion 사본에는 업데이트를 확인할 키가 없어 스스로 업데이트할 수 없습니다.</translation>
    </message>
    <message>
        <source>The update could not be saved on this computer (is the disk full?). Nothing was installed.</source>
        <translation>이 컴퓨터에 업데이트를 저장할 수 없습니다(디스크가 가득 찼나요?). 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>The update was stopped. Nothing was installed.</source>
        <translation>업데이트를 중지했습니다. 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>The update failed ({0}). Nothing was installed.</source>
        <translation>업데이트에 실패했습니다({0}). 아무것도 설치하지 않았습니다.</translation>
    </message>
    <message>
        <source>Companion does not look for updates: you chose never.</source>
        <translation>Companion은 업데이트를 확인하지 않습니다. &apos;하지 않음&apos;을 선택하셨습니다.</translation>
    </message>
    <message>
        <source>No update repository is set.</source>
        <translation>설정된 업데이트 저장소가 없습니다.</translation>
    </message>
    <message>
        <source>This copy of Companion runs from its source files; it is updated with them, not by itself.</source>
        <translation>이 Companion 사본은 소스 파일로 실행됩니다. 스스로가 아니라 소스 파일과 함께 업데이트됩니다.</translation>
    </message>
    <message>
        <source>Companion is installed for all users of this computer; its administrator installs updates.</source>
        <translation>Companion이 이 컴퓨터의 모든 사용자용으로 설치되어 있습니다. 업데이트는 관리자가 설치합니다.</translation>
    </message>
    <message>
        <source>Version {0} waits for the download rules you set. {1}</source>
        <translation>버전 {0}은(는) 설정하신 다운로드 규칙이 허용할 때까지 기다립니다. {1}</translation>
    </message>
    <message>
        <source>The check waits for the download rules you set. {0}</source>
        <translation>확인은 설정하신 다운로드 규칙이 허용할 때까지 기다립니다. {0}</translation>
    </message>
    <message>
        <source>Companion is up to date (version {0}).</source>
        <translation>Companion이 최신 상태입니다(버전 {0}).</translation>
    </message>
    <message>
        <source>Version {0} is available.</source>
        <translation>새 버전 {0}을(를) 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>Version {0} is ready: it starts the next time you open Companion.</source>
        <translation>버전 {0}이(가) 준비되었습니다. 다음에 Companion을 열 때 시작됩니다.</translation>
    </message>
    <message>
        <source>Version {0} did not start on this computer, so Companion stays on this version and does not download it again.</source>
        <translation>버전 {0}이(가) 이 컴퓨터에서 실행되지 않아 Companion은 지금 버전을 유지하고 다시 내려받지 않습니다.</translation>
    </message>
    <message>
        <source>The update costs {0} to download (the whole version would be {1}).</source>
        <translation>업데이트를 내려받는 데 {0}이(가) 듭니다(전체 버전은 {1}).</translation>
    </message>
    <message>
        <source>The update is the whole version: {0} to download.</source>
        <translation>업데이트는 전체 버전입니다. {0}을(를) 내려받습니다.</translation>
    </message>
    <message>
        <source>This is not a Companion course file (.ccb).</source>
        <translation>Companion 과정 파일(.ccb)이 아닙니다.</translation>
    </message>
    <message>
        <source>The course file is incomplete: it ends too early (perhaps the copy was interrupted). Copy it again.</source>
        <translation>과정 파일이 불완전합니다. 파일이 중간에 끝납니다(복사가 중단되었을 수 있습니다). 다시 복사하세요.</translation>
    </message>
    <message>
        <source>The course file was altered or damaged: &apos;{0}&apos; failed the check that it is complete and unaltered.</source>
        <translation>강좌 파일이 변경되었거나 손상되었습니다. &apos;{0}&apos; 항목이 완전하고 변경되지 않았는지 확인하는 검사를 통과하지 못했습니다.</translation>
    </message>
    <message>
        <source>The course file is refused: the entry &apos;{0}&apos; points outside its folder.</source>
        <translation>과정 파일을 거부했습니다. 항목 &apos;{0}&apos;이(가) 폴더 바깥을 가리킵니다.</translation>
    </message>
    <message>
        <source>The course file is refused: the entry &apos;{0}&apos; is an absolute path.</source>
        <translation>과정 파일을 거부했습니다. 항목 &apos;{0}&apos;은(는) 절대 경로입니다.</translation>
    </message>
    <message>
        <source>The course file is refused: the entry &apos;{0}&apos; is a symbolic link.</source>
        <translation>과정 파일을 거부했습니다. 항목 &apos;{0}&apos;은(는) 심볼릭 링크입니다.</translation>
    </message>
    <message>
        <source>The course file is refused: it holds {0} files, more than the limit of {1}.</source>
        <translation>과정 파일을 거부했습니다. 파일이 {0}개로 한도 {1}개를 넘습니다.</translation>
    </message>
    <message>
        <source>The course file is refused: it would unpack to {0}, more than the limit of {1}.</source>
        <translation>과정 파일을 거부했습니다. 압축을 풀면 {0}(으)로 한도 {1}을(를) 넘습니다.</translation>
    </message>
    <message>
        <source>The course file is refused: &apos;{0}&apos; would unpack to {1} times its packed size (the limit is {2} times).</source>
        <translation>과정 파일을 거부했습니다. &apos;{0}&apos;의 압축을 풀면 압축된 크기의 {1}배가 됩니다(한도는 {2}배).</translation>
    </message>
    <message>
        <source>The course file is refused: &apos;{0}&apos; appears twice.</source>
        <translation>과정 파일을 거부했습니다. &apos;{0}&apos;이(가) 두 번 들어 있습니다.</translation>
    </message>
    <message>
        <source>The course file was altered: &apos;{0}&apos; is not in its list of files.</source>
        <translation>과정 파일이 변경되었습니다. &apos;{0}&apos;이(가) 파일 목록에 없습니다.</translation>
    </message>
    <message>
        <source>The course file is incomplete: &apos;{0}&apos; is missing.</source>
        <translation>과정 파일이 불완전합니다. &apos;{0}&apos;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The course file is refused: &apos;{0}&apos; is encrypted.</source>
        <translation>과정 파일을 거부했습니다. &apos;{0}&apos;이(가) 암호화되어 있습니다.</translation>
    </message>
    <message>
        <source>The course file is refused: &apos;{0}&apos; is packed in a way Companion does not read.</source>
        <translation>과정 파일을 거부했습니다. &apos;{0}&apos;은(는) Companion이 읽을 수 없는 방식으로 압축되어 있습니다.</translation>
    </message>
    <message>
        <source>This course file was made by a newer version of Companion; update Companion to open it.</source>
        <translation>이 과정 파일은 더 새로운 버전의 Companion으로 만들어졌습니다. 열려면 Companion을 업데이트하세요.</translation>
    </message>
    <message>
        <source>The course file&apos;s list of files is damaged ({0}).</source>
        <translation>과정 파일의 파일 목록이 손상되었습니다({0}).</translation>
    </message>
    <message>
        <source>The course in this file cannot be used: {0}</source>
        <translation>이 파일의 과정을 사용할 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>The course file was altered: &apos;{0}&apos; belongs to no material of the course.</source>
        <translation>과정 파일이 변경되었습니다. &apos;{0}&apos;은(는) 과정의 어떤 자료에도 속하지 않습니다.</translation>
    </message>
    <message>
        <source>This file holds version {0} of &apos;{1}&apos;, older than the installed version {2}; nothing was changed.</source>
        <translation>이 파일에는 &apos;{1}&apos;의 버전 {0}이(가) 들어 있으며, 설치된 버전 {2}보다 오래되었습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>There is not enough free disk space: the course needs {0} and {1} are free.</source>
        <translation>디스크 여유 공간이 부족합니다. 과정에 {0}이(가) 필요하고 {1}이(가) 남아 있습니다.</translation>
    </message>
    <message>
        <source>The file could not be read or written: {0}</source>
        <translation>파일을 읽거나 쓸 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Nothing was imported. {0}</source>
        <translation>아무것도 가져오지 않았습니다. {0}</translation>
    </message>
    <message>
        <source>Added &apos;{0}&apos; (version {1}).</source>
        <translation>&apos;{0}&apos;(버전 {1})을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Updated &apos;{0}&apos; from version {1} to {2}; your answers, drafts and submissions are kept.</source>
        <translation>&apos;{0}&apos;을(를) 버전 {1}에서 {2}(으)로 업데이트했습니다. 답안, 초안, 제출물은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Updated &apos;{0}&apos; (version {1}); your answers, drafts and submissions are kept.</source>
        <translation>&apos;{0}&apos;(버전 {1})을(를) 업데이트했습니다. 답안, 초안, 제출물은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; version {1} is already installed.</source>
        <translation>&apos;{0}&apos; 버전 {1}은(는) 이미 설치되어 있습니다.</translation>
    </message>
    <message>
        <source>1 file is now available offline.</source>
        <translation>이제 파일 1개를 오프라인으로 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>{0} files are now available offline.</source>
        <translation>이제 파일 {0}개를 오프라인으로 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Its files were already on this computer.</source>
        <translation>파일은 이미 이 컴퓨터에 있었습니다.</translation>
    </message>
    <message>
        <source>The file holds no material files.</source>
        <translation>이 파일에는 자료 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Wrote {0}: &apos;{1}&apos; version {2} with {3} material files ({4}).</source>
        <translation>{0}을(를) 저장했습니다: &apos;{1}&apos; 버전 {2}, 자료 파일 {3}개({4}).</translation>
    </message>
    <message>
        <source>Not on this computer, so not included: {0}.</source>
        <translation>이 컴퓨터에 없어서 포함하지 않은 자료: {0}.</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>강의</translation>
    </message>
    <message>
        <source>Lecture notes</source>
        <translation>강의 노트</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>퀴즈 문항</translation>
    </message>
    <message>
        <source>Quiz explanation</source>
        <translation>퀴즈 해설</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>실시간 세션</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>토론</translation>
    </message>
    <message>
        <source>{0}, page {1}</source>
        <translation>{0}, {1}쪽</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”. Downloaded PDFs are searched too; download a lecture&apos;s slides to search them.</source>
        <translation>“{0}”에 대한 결과가 없습니다. 내려받은 PDF도 검색됩니다. 강의 슬라이드를 검색하려면 먼저 내려받으세요.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>참/거짓</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a question type Companion does not run</source>
        <translation>Companion이 지원하지 않는 문항 유형</translation>
    </message>
    <message>
        <source>could not be read as its format says</source>
        <translation>형식대로 읽을 수 없음</translation>
    </message>
    <message>
        <source>a file it names is missing</source>
        <translation>참조하는 파일이 없음</translation>
    </message>
    <message>
        <source>no question Companion can run</source>
        <translation>Companion이 실행할 수 있는 문항이 없음</translation>
    </message>
    <message>
        <source>works only on the platform</source>
        <translation>플랫폼에서만 작동함</translation>
    </message>
    <message numerus="yes">
        <source>Updated &apos;{0}&apos; with %n question(s); your answers are kept.</source>
        <translation>
            <numerusform>&apos;{0}&apos;을(를) 문항 %n개로 업데이트했습니다. 답은 그대로 유지됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported &apos;{0}&apos; with %n question(s).</source>
        <translation>
            <numerusform>&apos;{0}&apos;을(를) 문항 %n개와 함께 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practice quizzes: {0}.</source>
        <translation>연습 퀴즈: {0}개.</translation>
    </message>
    <message>
        <source>Left out: {0} ({1}{2}).</source>
        <translation>제외됨: {0} ({1}{2}).</translation>
    </message>
    <message>
        <source>This is not a course cartridge: it has no imsmanifest.xml at its top level.</source>
        <translation>과정 카트리지가 아닙니다: 최상위에 imsmanifest.xml이 없습니다.</translation>
    </message>
    <message>
        <source>The cartridge&apos;s imsmanifest.xml cannot be read ({0}).</source>
        <translation>카트리지의 imsmanifest.xml을 읽을 수 없습니다({0}).</translation>
    </message>
    <message>
        <source>The cartridge is refused: &apos;{0}&apos; declares XML entities or external references, which Companion never expands.</source>
        <translation>카트리지를 거부했습니다: &apos;{0}&apos;에 XML 엔티티나 외부 참조가 선언되어 있으며, Companion은 이를 절대 펼치지 않습니다.</translation>
    </message>
    <message>
        <source>The cartridge is refused: its imsmanifest.xml is {0}, more than the limit of {1}.</source>
        <translation>카트리지를 거부했습니다: imsmanifest.xml이 {0}로, 한도 {1}보다 큽니다.</translation>
    </message>
    <message>
        <source>%n lecture(s)</source>
        <translation>강의 %n개</translation>
    </message>
    <message>
        <source>%n page(s)</source>
        <translation>페이지 %n개</translation>
    </message>
    <message>
        <source>%n file(s) kept offline</source>
        <translation>오프라인용으로 보관한 파일 %n개</translation>
    </message>
    <message>
        <source>%n online link(s)</source>
        <translation>온라인 링크 %n개</translation>
    </message>
    <message>
        <source>%n discussion topic(s)</source>
        <translation>토론 주제 %n개</translation>
    </message>
    <message>
        <source>%n quiz(zes)</source>
        <translation>퀴즈 %n개</translation>
    </message>
    <message>
        <source>%n assignment(s)</source>
        <translation>과제 %n개</translation>
    </message>
    <message>
        <source>%n due date(s)</source>
        <translation>마감일 %n개</translation>
    </message>
    <message>
        <source>%n item(s) that work only on the platform, listed with their link</source>
        <translation>플랫폼에서만 작동하는 항목 %n개(링크와 함께 표시)</translation>
    </message>
    <message>
        <source>%n section(s)</source>
        <translation>섹션 %n개</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>참/거짓</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>단일 선택</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>다중 선택</translation>
    </message>
    <message>
        <source>short answer</source>
        <translation>단답형</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>숫자형</translation>
    </message>
    <message>
        <source>fill in the blanks</source>
        <translation>빈칸 채우기</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>짝 맞추기</translation>
    </message>
    <message>
        <source>essay</source>
        <translation>서술형</translation>
    </message>
    <message>
        <source>works only on the platform; kept as a link</source>
        <translation>플랫폼에서만 작동하므로 링크로 보관했습니다</translation>
    </message>
    <message>
        <source>a kind of item Companion does not run ({0})</source>
        <translation>Companion이 실행하지 않는 항목 유형입니다({0})</translation>
    </message>
    <message>
        <source>the file names &apos;{0}&apos;, which it does not hold</source>
        <translation>파일이 &apos;{0}&apos;을(를) 가리키지만 그 파일이 들어 있지 않습니다</translation>
    </message>
    <message>
        <source>its file &apos;{0}&apos; cannot be read</source>
        <translation>파일 &apos;{0}&apos;을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>it has no question Companion can run</source>
        <translation>Companion이 실행할 수 있는 문항이 없습니다</translation>
    </message>
    <message>
        <source>%n more item(s) beyond the limit of {0} parts were left out</source>
        <translation>{0}개 한도를 넘는 항목 %n개는 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>items nested more than {0} deep were left out</source>
        <translation>{0}단계보다 깊이 중첩된 항목은 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{1} {0}개</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s): {0}</source>
        <translation>
            <numerusform>문항 %n개: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Updated &apos;{0}&apos; (version {1}); your answers, drafts and outbox are kept.</source>
        <translation>&apos;{0}&apos;을(를) 업데이트했습니다(버전 {1}). 답안, 초안, 보낼 편지함은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is already here as this file has it; nothing changed.</source>
        <translation>&apos;{0}&apos;은(는) 이 파일과 같은 상태로 이미 있습니다. 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <source>Added &apos;{0}&apos; from an IMS Common Cartridge {1}.</source>
        <translation>IMS Common Cartridge {1}에서 &apos;{0}&apos;을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Came in: {0}.</source>
        <translation>가져온 항목: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) did not come in as they are:</source>
        <translation>
            <numerusform>항목 %n개는 그대로 가져오지 못했습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {0}: an IMS Common Cartridge 1.1 with {1} files ({2}).</source>
        <translation>{0}을(를) 저장했습니다: 파일 {1}개가 든 IMS Common Cartridge 1.1({2}).</translation>
    </message>
    <message>
        <source>Other platforms will not get these (Companion reads them back): {0}.</source>
        <translation>다른 플랫폼에는 다음 항목이 전달되지 않습니다(Companion은 다시 읽을 수 있습니다): {0}.</translation>
    </message>
</context>
</TS>
