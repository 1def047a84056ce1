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
