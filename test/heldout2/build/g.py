G={}
def M(person,frm,to,date=None,comp=None,ft=None,tt=None,opt=False):
    d={"person":person,"from":frm,"to":to,"from_team":ft,"to_team":tt,"date":date,"comp":comp}
    if opt: d["optional"]=True
    return d
G['g001']=dict(lang='ko',published='2026-03-05',moves=[
 M(["윤다온"],"Samsung","OpenAI","2026-03-03","4년간 약 60억 원",ft="언어AI팀"),
 M(["윤다온"],None,"Naver","2019",opt=True),
 M(["윤다온"],"Naver","Samsung","2022",opt=True)],
 non_movers=["구태민","라지브 메논","Rajiv Menon","마소영","오세린"])
G['g002']=dict(lang='ko',published='2026-02-17',moves=[
 M(["류상철"],"SK hynix","Nvidia","2026-02","수십억 원대의 주식 보상"),
 M(["류상철"],"Samsung","SK hynix","2008",opt=True),
 M(["탁은비"],"SK hynix","Nvidia","2026-02"),
 M(["응우옌 반 투안","Nguyen Van Tuan"],"SK hynix","Nvidia","2026-02"),
 M(["응우옌 반 투안","Nguyen Van Tuan"],None,"SK hynix","2017",opt=True),
 M(["여민구"],"SK hynix","Nvidia","2026-02"),
 M(["표재현"],"SK hynix","AMD","2026-01")],
 non_movers=["백서하","국현수","한지우"])
G['g003']=dict(lang='ko',published='2026-01-22',moves=[
 M(["함태경"],"Kakao","Riverblock","2025-12",ft="AI 플랫폼"),
 M(["함태경"],None,"삼성SDS","2016",opt=True),
 M(["함태경"],"삼성SDS","Kakao","2020",opt=True),
 M(["사카모토 유이","Yui Sakamoto"],"Google","Riverblock","2026-01",ft="도쿄 오피스")],
 non_movers=["석지원","변정아","모경호","배하윤"])
G['g004']=dict(lang='ko',published=None,moves=[
 M(["파티마 알하산","Fatima Al-Hassan"],"Microsoft","Anthropic",None,tt="interpretability"),
 M(["장민재"],"Naver","Upstage",None),
 M(["마르셀라 코스타"],"Meta","Hugging Face","2025-11"),
 M(["파티마 알하산","Fatima Al-Hassan"],"옥스퍼드","Microsoft",None,opt=True),
 M(["차오 밍위안","Cao Mingyuan"],"Baidu","Alibaba",None,tt="Qwen")],
 non_movers=["하산 위자야","표지후"])
G['g005']=dict(lang='ko',published='2026-04-08',moves=[],
 non_movers=["설하은","탄 티 마이","Tan Thi Mai","금동휘","국승민","오카다 겐","Ken Okada","라경민","반유진","남궁현"])
G['g006']=dict(lang='ko',published='2026-03-11',moves=[
 M(["올루와세운 아데예미","Oluwaseun Adeyemi"],"Google","Anthropic","2026-03-09","수년에 걸쳐 지급하는 수천만 달러 규모의 보상",ft="제미나이 추론팀"),
 M(["올루와세운 아데예미","Oluwaseun Adeyemi"],None,"Google","2020",opt=True),
 M(["야엘 벤다비드"],"Google","Anthropic","2026-02",ft="추론팀")],
 non_movers=["콘스탄틴 바그너","선우진"])
G['g018']=dict(lang='en',published='2026-03-10',moves=[
 M(["Oluwaseun Adeyemi"],"Google","Anthropic","2026-03-09","about $20 million over four years",ft="Gemini reasoning"),
 M(["Oluwaseun Adeyemi"],None,"Google","2020",opt=True),
 M(["Yael Ben-David"],"Google","Anthropic","2026-02",ft="reasoning team")],
 non_movers=["Konstantin Wagner","Priscilla Osei","Tomasz Zielinski","Hannah Lindqvist","Marcus Feld"])
G['g007']=dict(lang='ko',published='2026-04-15',moves=[
 M(["곽은호"],"Naver","LG","2026-04","연봉 15억 원 안팎의 조건",ft="검색 생성 AI"),
 M(["곽은호"],"LG","Naver","2023",opt=True),
 M(["아리프 라만","Arif Rahman"],"Microsoft","LG","2026-05-01",ft="마이크로소프트 리서치 아시아",tt="비전 AI"),
 M(["아리프 라만","Arif Rahman"],None,"Microsoft","2016",opt=True)],
 non_movers=["원지섭","맹수아","권나래"])
G['g008']=dict(lang='ko',published='2026-02-24',moves=[
 M(["도미니크 슈미트","Dominik Schmidt"],"Tesla","xAI","2026-02",ft="오토파일럿"),
 M(["도미니크 슈미트","Dominik Schmidt"],"BMW","Tesla","2019",opt=True),
 M(["니콜라 베르나르"],"Mistral AI","Meta","2026-02-10",tt="FAIR"),
 M(["아난야 크리슈나무르티","Ananya Krishnamurthy"],"Databricks","OpenAI","2026-03","4년간 1,200만 달러",ft="모자이크 리서치"),
 M(["하재윤"],"Kakao","Naver","2026-03-02")],
 non_movers=["량즈한","어은서","봉시우"])
