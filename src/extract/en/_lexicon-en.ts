/** Word lists of the English rule pack: words that are capitalised but are not names, organization suffixes, places, product owners, cue words. */

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Function words, numbers and adverbs that start sentences; never part of a person's name. */
export const FUNCTION_WORDS = words(`
the a an and or but nor so yet for of in on at to from by with as into onto about after before since until during over under
between among through without within across despite per via his her their its our my your he she they it we i you them him us me
this that these those there here who whom whose what which when where why how if while though although because not no yes all
some many most much more few several each every both either neither any one two three four five six seven eight nine ten eleven
twelve twenty thirty forty fifty hundred thousand dozen first second third fourth fifth last next new former other another such also
only just even still then now today yesterday tomorrow meanwhile however elsewhere separately earlier later additionally moreover
finally instead overall indeed already again asked ask asking according dear welcome tips money shares people colleagues recruiters
analysts academics competition despite like unlike nobody none everyone someone anyone here's that's it's there's let's we're
don't can't won't isn't wasn't didn't doesn't do does did is are was were be been being has have had will would can could may might
must should shall not never once twice half whether nor thanks thank please see read more photo source sources via said says
`);

/** Titles and role words: they precede or follow names but are not part of them. */
export const TITLE_WORDS = words(`
mr mrs ms miss dr prof professor sir dame lord lady rev fr st mx jr sr ii iii iv ph phd md
ceo cto cfo coo cso cio cmo cpo vp evp svp gm chief officer executive president vice head director manager managing lead leader
engineer engineering scientist science research researcher fellow founder cofounder co-founder chairman chairwoman chair partner
analyst editor reporter correspondent columnist spokesperson spokesman spokeswoman minister secretary principal staff member
associate assistant adjunct emeritus distinguished senior junior general deputy interim acting technical technology product
products operations strategy applied global regional country chairperson board trustee advisor adviser consultant counsel
`);

/** Words that open a job title ("Chief Technology Officer", "Head of Research", "Vice President of AI Research"). */
export const TITLE_HEADS = words(`
chief head vice vp svp evp director president senior lead principal deputy acting interim managing distinguished staff
associate assistant global
`);

/** Nouns that close a job title ("AI Research Scientist", "Technology Officer"). */
export const TITLE_TAILS = words(`
officer scientist engineer researcher lead director manager fellow architect head president analyst chief vp partner
`);

/** Words that end an organization's name ("Cobalt Labs", "Kestrel Capital", "Lumen Robotics"). */
export const ORG_SUFFIXES = words(`
labs lab laboratories laboratory robotics intelligence technologies technology systems capital ventures partners securities
search advisors advisers insight insights holdings group inc corp corporation ltd llc plc gmbh ag co company companies ai research
institute university college bank newswire wire media software networks dynamics analytics computing semiconductor semiconductors
energy therapeutics biosciences motors studios games foundation fund funds investments associates consulting solutions
`);

/** Words in capitalised runs that mark an organization or unit rather than a person. */
export const ORG_WORDS = words(`
superintelligence models model team teams division unit department center centre school cloud brain fair services agents
`);

/** Months, with abbreviations, to month numbers 1..12. */
export const MONTHS = new Map<string, number>([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
  ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** Weekdays to JavaScript day numbers (Sunday 0). */
export const WEEKDAYS = new Map<string, number>([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

/** Seasons and other calendar words that are capitalised but never names. */
export const CALENDAR_WORDS = words(`spring summer fall autumn winter christmas easter q1 q2 q3 q4`);

/** Places: cities, regions, countries and nationality words (a place gazetteer, not a name list). */
export const PLACES = words(`
north south east west northern southern eastern western central america american americas europe european asia asian africa
african korea korean koreans china chinese japan japanese india indian france french germany german britain british england english
uk us usa u.s canada canadian israel israeli portugal portuguese spain spanish italy italian poland polish sweden swedish norway
norwegian denmark danish finland finnish netherlands dutch switzerland swiss austria ireland irish russia russian taiwan taiwanese
singapore vietnam thailand indonesia australia australian brazil mexico paris london seoul beijing shanghai hangzhou shenzhen
tokyo osaka berlin munich zurich toronto montreal vancouver boston seattle redmond austin york san francisco jose diego palo alto
mountain view menlo cupertino sunnyvale tel aviv kong taipei bangalore bengaluru dubai calif california washington texas
silicon valley bay area pangyo gangnam busan daejeon porto lisbon madrid rome milan amsterdam stockholm oslo copenhagen helsinki
dublin edinburgh cambridge oxford pittsburgh chicago atlanta denver miami los angeles hollywood brooklyn manhattan virginia
united states kingdom massachusetts oregon colorado ontario quebec bavaria gyeonggi sejong incheon kyoto nagoya beijing-based
`);

/** Products and units whose owner is unambiguous: a mention of one ties a person to that organization. */
export const PRODUCT_OWNERS = new Map<string, string>([
  ['gemini', 'Google'], ['chatgpt', 'OpenAI'], ['claude', 'Anthropic'], ['alexa', 'Amazon'], ['copilot', 'Microsoft'],
  ['siri', 'Apple'], ['llama', 'Meta'], ['fair', 'Meta'], ['grok', 'xAI'], ['bixby', 'Samsung'], ['hyperclova', 'Naver'],
  ['qwen', 'Alibaba'], ['optimus', 'Tesla'], ['azure', 'Microsoft'], ['aws', 'Amazon'], ['hunyuan', 'Tencent'], ['seed', 'ByteDance'], ['autopilot', 'Tesla'], ['afm', 'Apple'],
  ['gpt-4', 'OpenAI'], ['gpt-5', 'OpenAI'], ['ernie', 'Baidu'], ['exaone', 'LG'], ['solar', 'Upstage'], ['kanana', 'Kakao'],
  ['superintelligence labs', 'Meta'], ['apple intelligence', 'Apple'], ['foundation models', 'Apple'],
]);

/** Verbs that introduce reported speech: the person before them is a source, not a mover. */
export const REPORTING_VERBS = words(`said says told wrote writes added adds confirmed confirms noted notes explained recalled argued
argues tweeted posted announced announces according`);

/** Words before a trigger that make it a possibility, a plan, a denial or a rumour instead of a fact. */
export const HEDGE_WORDS = words(`may might could would should expected likely unlikely plans plan planning planned considering consider
considers weighing weighs mulling mulls hopes hoping hope wants want wanted intends intend intending rumored rumoured reportedly
allegedly not never no n't denied denies deny refused refuses declined declines decline whether if unless trying tried try attempt
attempted attempting seeking seeks aims aiming poised talks negotiating discussing approached offered offering considered nearly
almost reluctant`);

/** Counting words: a trigger whose object starts with one of these names a group, not a person. */
export const COUNT_WORDS = words(`two three four five six seven eight nine ten eleven twelve dozen dozens several some many few
about around roughly nearly more most hundreds scores other others`);

/** Negative headings of newsletter items and sections ("Promotion.", "Rumor mill.", "NOT MOVES"). */
export const NEGATIVE_HEADINGS = words(`promotion promotions promoted rumor rumors rumour rumours staying stays stay denied denial not
talks watch`);

/** Marks that start a list item or a newsletter bullet. */
export const BULLETS = new Set(['•', '-', '*', '–', '—', '·', '▪', '◦']);
