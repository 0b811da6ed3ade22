"""The phrases that say what an invitation note is doing, per cue group and language.

Each group is a list of regular-expression fragments matched on folded text (`core.text.fold`:
lowercase ASCII, accents dropped, punctuation kept, single spaces; Devanagari is transliterated
the same way on both sides, so it can be written as is). A fragment matches on word
boundaries. Languages: English, French, German, Spanish, Portuguese, and Hindi / Hinglish
(romanised Hindi mixed with English, as Indian senders write it).

Group names are `<category>.<cue>`; `core.notes.reading` decides a category from the groups
that matched, so a cue here never decides alone what a note is.
"""

from __future__ import annotations

from typing import Final

# Job titles a recruiter looks for ("looking for a Data Analyst"), for `recruiter.approach`.
_TITLES_WANTED: Final = (
    r"developers?|engineers?|analysts?|designers?|architects?|managers?|consultants?|scientists?|"
    r"trainers?|writers?|testers?|accountants?|administrators?|programmers?|masters?|owners?|spec"
    r"ialists?|coordinators?|executives?|officers?|interns?|leads?|directors?|heads?"
)

CUES: Final[dict[str, list[str]]] = {
    # ---------------------------------------------------- spam and scams
    "spam.pay_for_job": [
        r"100 ?% (?:job|placement) guarantee\w*",
        r"guarantee[ds]? (?:\w+ ){0,3}(?:job|placement|interview|offer)s?", r"job guarantee",
        r"profile marketing", r"(?:full time |job )?marketing service",
        r"we (?:will )?market your (?:profile|resume)", r"registration fee", r"processing fee",
        r"(?:pay|paid) (?:a |the |small )?fees?", r"refundable",
        r"without any (?:layer|third party)",
        r"pay (?:us )?(?:only )?after (?:placement|you are placed|getting placed|joining)",
        r"placement fee", r"job ke liye (?:fees|paise)",
        r"(?:application|file|document|registration|onboarding|training|security|visa) (?:fee|de"
        r"posit)s?", r"dosya ucret\w*", r"ucret\w* (?:\w+ )?yatir\w*",
        r"(?:taxa|tarifa|cuota|tasa) de (?:inscricao|inscripcion|cadastro|registro|matricula)",
        r"frais (?:de dossier|d'inscription)", r"(?:bearbeitungs|anmelde)gebuhr",
    ],
    "spam.money": [
        r"ghar se kaam", r"roz \d+ kama\w*", r"kamaye", r"koi investment nahi",
        r"\$?\d[\d,]* (?:a|per) (?:week|day|month) (?:trading|from home|online)",
        r"(?:ganhe|gane|gagnez|verdienen sie) (?:\w+ )?(?:dinheiro|dinero|argent|geld)",
        r"(?:trabalhando|trabajando|travaillant|arbeiten) (?:de|desde|depuis|von) (?:casa|chez vo"
        r"us|zu hause)",
        r"guaranteed (?:\d+ ?% )?(?:\w+ )?returns?", r"\d+ ?% (?:monthly|weekly|daily) returns?",
        r"crypto\w*", r"bitcoin", r"forex", r"binary options?", r"passive (?:income|einkommen)",
        r"make money (?:online|from home|fast|easily)", r"earn \d+", r"krypto\w*",
        r"investment (?:opportunit\w+|plans?|scheme)", r"earn (?:\$|rs\.?|usd|inr|money|\d)",
        r"work from home (?:and|&) earn", r"double your (?:money|investment)",
        r"trading (?:signals?|accounts?|platform)", r"mlm", r"network marketing",
        r"financial freedom", r"ghar baithe", r"paise? kamao", r"daily (?:income|earning)",
        r"paisa double", r"gagner de l'argent", r"ganar dinero", r"ganhar dinheiro",
        r"geld verdienen", r"dormant (?:fund|account)s?", r"next of kin", r"inheritance fund",
        r"(?:unclaimed|abandoned) (?:fund|sum|deposit)s?", r"(?:your|a) private e-?mail",
        r"(?:i am|i'm) (?:a|an) (?:\w+ )?widow",
        r"herencia (?:sin reclamar|no reclamada)", r"heranca (?:nao reclamada|sem herdeiro)",
        r"heritage non reclame", r"(?:correo|e-?mail|email|courriel) (?:privado|prive|particular)",
        r"(?:su|seu|votre|your) mismo apellido",
        r"(?:same|mismo|mesmo) (?:last name|surname|apellido|sobrenome)",
    ],
    "spam.contact_elsewhere": [
        r"chat\.whatsapp\.com", r"whats ?app group",
        r"(?:chama|chame|escribeme|ecris-moi|schreib mir|text me|message me|contact me) (?:no|on|"
        r"via|en|sur|auf|pe|par) whats ?app",
        r"(?:no|on|via|sur|auf|pe|par) whats ?app",
        r"whats ?app (?:me|karo|kare|kijiye|pe|par|on)",
        r"(?:text|message|ping|contact) me on (?:whats ?app|telegram|signal)", r"telegram",
        r"wa\.me", r"t\.me/",
    ],
    "spam.romance": [
        r"(?:would like|want|love|like) to (?:know|get to know) you better", r"where are you from",
        r"you (?:look|seem) (?:so )?(?:kind|nice|beautiful|handsome|lovely|sweet)",
        r"how (?:was|is) your day",
        r"(?:an? )?(?:honest|god ?fearing|caring|loving|trustworthy) (?:man|woman|person|gentlema"
        r"n|lady)",
        r"(?:hi|hello|hey) (?:handsome|beautiful|dear one|sweetheart|gorgeous)",
        r"(?:talk|chat) (?:on|via) (?:google )?hangouts?",
    ],
    "spam.group": [
        r"join (?:my|our) (?:\w+ ){0,2}(?:whats ?app|telegram|facebook|discord) (?:group|channel|c"
        r"ommunity)",
        r"join (?:my|our) (?:whats ?app|telegram|facebook)? ?(?:group|channel|community)",
        r"subscribe to (?:my|our) (?:channel|youtube)", r"like (?:and|&) (?:share|subscribe)",
    ],
    "spam.padding": [
        r"(?:sigueme|segue-me|suivez-moi|folgt mir) y? ?(?:te sigo|je te suis|sigo de volta)?",
        r"te sigo", r"acepto a todos", r"(?:i )?accept all (?:invites|invitations|requests)",
        r"(?:building|growing|grow) my network to \d+k?", r"endorse (?:my|me|each other)",
        r"i (?:will|ll) endorse (?:you|yours)", r"follow (?:for|4) follow", r"f4f",
        r"i (?:always )?follow back", r"let'?s grow (?:our networks?|together)",
        r"grow (?:our|each other'?s?) networks?(?: together)?", r"mutual growth",
        r"(?:reach|reaching|hit) \d+k? connections",
        r"accept (?:my|this) (?:request|invitation) (?:and|&) (?:i|we)",
        r"increase (?:my|our|your) (?:network|connections|followers)",
        r"connect (?:to|and|&) grow", r"network badhana", r"#?(?:team)?follow ?back",
        r"(?:i|we) (?:will|ll|'ll) connect back", r"#ff\b",
        r"comment ['\"]?\w+['\"]? (?:on|below|under|in)", r"pinned post",
        r"(?:get|grab) (?:\w+ )?(?:free|instant) access",
    ],
    # ------------------------------------------------- sales and pitches
    "sales.service": [
        r"(?:we've|we have|we) helped \d+\+? (?:\w+ )?(?:startups|companies|teams|businesses|brand"
        r"s|clients|founders|firms|agencies)",
        r"how we (?:book|get|generate|drive|grow|bring|deliver)",
        r"j'accompagne (?:les|des) ", r"accompagnons (?:les|des) ",
        r"(?:la nostra|il nostro) (?:\w+ )?(?:piattaforma|software|soluzione|servizio|agenzia)",
        r"(?:onze|ons) (?:\w+ )?(?:platform|software|oplossing|diensten|bureau)",
        r"(?:naszej|nasza|nasz) (?:\w+ )?(?:platform\w*|oprogramowani\w*|rozwiazani\w*|uslug\w*)",
        r"(?:we are|we're) an? (?:\w+ ){0,3}(?:company|agency|firm|startup|studio|consultancy) t"
        r"hat (?:builds|makes|creates|designs|develops|delivers|helps)",
        r"(?:minha|nossa|mi|nuestra|ma|notre|meine|unsere|my|our) (?:agencia|agentur|agence|agency"
        r"|studio|estudio|empresa|firma|consultoria|consultora) (?:cria|crea|cree|builds|creates|ma"
        r"kes|designs|develops|entwickelt|erstellt|desenvolve|desarrolla|ofrece|oferece|offre|bietet"
        r"|helps|ajuda|ayuda|aide|hilft)",
        r"(?:we|i) (?:usually |typically |often )?(?:save|help save) (?:\w+ ){0,2}(?:teams|compani"
        r"es|clients|businesses|customers|firms) (?:\d|up to|hours|money|time)",
        r"i (?:coach|mentor|train) (?:\w+ ){0,3}(?:into|to|on|for|who|through)",
        r"we (?:also )?help (?:\w+ ){0,3}(?:fill|get|grow|find|book|win|increase|reduce|save|scale)"
        r" ",
        r"sem compromisso", r"(?:mandar|enviar|te mandar) (?:uma )?proposta",
        r"(?:wir haben|we have|we've got|tenemos|temos|nous avons) (?:eine|ein|an?|una?|uma?) (?:\w"
        r"+ ){0,2}(?:app|software|plattform|platform|tool|plataforma|logiciel|losung)",
        r"\d+ (?:spots?|seats?|places?|plazas?|vagas?) (?:left|remaining|available|disponibles?|r"
        r"estantes?)",
        r"(?:ofrecemos|ofrezco|oferecemos|ofereco|offrons|proposons|bieten) (?:\w+ ){0,2}(?:formac"
        r"ion|formacao|formation|training|schulung\w*|cursos?|talleres?|workshops?|treinamentos?)",
        r"(?:el temario|los precios|nuestros precios|our prices|our rates|nos tarifs|unsere preise"
        r"|os precos|nossos precos)",
        r"(?:a partir de|from|starting at|desde|ab|des) (?:r\$|\$|us\$|eur|usd|inr|rs\.?) ?\d+",
        r"mit (?:unserer|unserem) (?:\w+ )?(?:software|losung|plattform|tool|app|service|produkt)",
        r"(?:bis zu|up to|hasta|ate|jusqu'a) \d+ ?(?:%|stunden|hours|horas|heures|prozent)",
        r"wir helfen (?!dir|ihnen|euch|gerne|gern)\w+", r"ayudamos a (?!ti|usted)\w+",
        r"ajudamos (?!voce)\w+", r"nous aidons (?:les |des )?\w+",
        r"(?:hum|ham) (?:\w+ ){0,5}banate (?:hain|hai|h)", r"(?:kam|sabse kam|best) rate",
        r"(?:we|i) (?:place|deliver|supply|provide|source) (?:\w+ ){0,2}(?:engineers|developers|c"
        r"andidates|talent|consultants|resources|profiles) (?:within|in|for) ",
        r"(?:happy|glad|here) to (?:support|help with) (?:\w+'s |your |your team's )?hiring",
        r"help (?:you|your team|your company) (?:hire|fill|scale)",
        r"(?:services?|solutions?) (?:\w+ ){0,2}(?:provide|offer) (?:karte|krte|karti|karta) (?:h"
        r"ain|hai|h)",
        r"(?:seo|digital marketing|website|web design|app development|social media) services",
        r"we are (?:\w+ )?(?:manufacturers|suppliers|exporters|distributors|dealers|wholesalers|t"
        r"raders)",
        r"(?:manufacturers?|exporters?|suppliers?|wholesalers?) of ",
        r"greetings from \w+ (?:exports|industries|traders|enterprises|impex)", r"wir bieten",
        r"unser (?:angebot|leistungsangebot)", r"angebot (?:schicken|senden|zukommen)",
        r"somos una (?:agencia|empresa|consultora|startup) de", r"cotizacion", r"sin compromiso",
        r"(?:nossa|nosso) (?:consultoria|agencia|empresa|escritorio|time) (?:ajuda|oferece|atende"
        r")",
        r"reduzir (?:os )?custos", r"reducir (?:sus |los )?costes", r"je vous propose",
        r"services? (?:deti|deta|dete|dete) (?:hai|hain)", r"affordable (?:rates|prices|packages)",
        r"(?:cut|reduce|lower|slash) (?:your |their )?(?:\w+ )?(?:costs|spend|bills)",
        r"(?:show|tell) you how (?:we|our|you can)",
        r"how we (?:cut|help|save|reduce|increase|helped)",
        r"(?:i|we) (?:run|own|founded|started) an? (?:\w+ ){0,2}(?:agency|firm|studio|consultancy"
        r"|business)",
        r"case stud(?:y|ies)",
        r"(?:can|may|could) i (?:share|send|show) (?:you )?(?:a few|some|our|my)",
        r"(?:ofrecemos|ofrezco|oferecemos|ofereco|offrons|proposons|bieten) (?:\w+ ){0,3}(?:servi"
        r"cios|servicos|services|solutions|solucoes|soluciones|dienstleistungen|losungen|leistung"
        r"en)",
        r"(?:a |al |zum )?(?:mejor|melhor|meilleur|besten?) (?:precio|preco|prix|preis)",
        r"precios? (?:increibles|bajos|competitivos)", r"(?:kam|best|lowest|sasta) price",
        r"hum (?:\w+ ){0,5}(?:provide|offer) (?:karte|krte) (?:hain|hai|h)",
        r"(?:we are|we're) an? (?:\w+ ){0,3}(?:company|agency|firm|startup|studio) (?:speciali[sz"
        r"]\w+|providing|offering|that helps|helping)",
        r"our (?:it |digital |marketing |software |development |design |seo |recruitment )?(?:ser"
        r"vices|agency|solutions|offerings|expertise)",
        r"we (?:help|helped|enable|assist|support|empower) (?:\w+ ){0,2}(?:companies|businesses|b"
        r"rands|startups|teams|organi[sz]ations|clients|founders|enterprises|recruiters|agencies|"
        r"firms|leaders|hr teams|talent teams)",
        r"i help (?:\w+ ){0,2}(?:companies|businesses|brands|founders|coaches|teams|professionals"
        r"|recruiters|leaders|startups|agencies|firms|talent teams)",
        r"we (?:offer|provide|deliver) (?:\w+ ){0,3}(?:services|solutions|development|consulting|"
        r"support|resources|developers|outsourcing|staff)",
        r"we specia?li[sz]e in",
        r"we are a (?:leading|trusted|premier|top|global|full[- ]service)(?! (?:\w+ ){0,2}(?:staf"
        r"fing|recruit\w*|placement|hr|manpower))",
        r"(?:leading|top|trusted) (?:provider|company|agency|partner|manufacturer|supplier) (?:of"
        r"|for|in)",
        r"trusted (?:manufacturer|supplier|vendor)", r"pre-?vetted",
        r"(?:\d+ ?% )?(?:lower|cheaper|reduced) (?:cost|rates|prices?|fees)",
        r"(?:share|send) (?:your|us your) (?:\w+ )?requirements? for a (?:quote|quotation)",
        r"quotation", r"outsourc\w*", r"offshor\w*", r"(?:staff|team) augmentation",
        r"augmentation model", r"dedicated (?:developers|team|resources|engineers)",
        r"white[- ]label", r"end[- ]to[- ]end (?:solutions|services|development)",
        r"cost[- ]effective", r"affordable (?:price|cost|rates|solutions|services)", r"synerg\w+",
        r"explore (?:\w+ )?(?:partnership|collaboration|business) (?:opportunit\w+|possibilit\w+)",
        r"(?:business|partnership) proposal", r"lead generation", r"appointment setting",
        r"(?:seo|ppc|social media marketing|web development|app development) services",
        r"market research (?:report|study)",
        r"(?:released|published|launched) (?:a |an |our )(?:\w+ ){0,3}(?:report|whitepaper|study|"
        r"ebook)",
        r"free (?:consultation|audit|trial|demo|quote|assessment|estimate)",
        r"nos (?:services|solutions|offres)",
        r"nous (?:accompagnons|aidons) (?:les )?(?:entreprises|societes|startups|pme)",
        r"j'aide les (?:entreprises|dirigeants|independants|pme)",
        r"unsere (?:dienstleistungen|losungen|leistungen)",
        r"wir (?:unterstutzen|helfen) (?:\w+ )?unternehmen",
        r"ich helfe (?:\w+ )?(?:unternehmen|firmen|selbststandigen)", r"nuestros servicios",
        r"(?:ayudamos|ayudo) a (?:\w+ )?(?:empresas|negocios|marcas)", r"nossos servicos",
        r"(?:ajudamos|ajudo) (?:\w+ )?(?:empresas|negocios|marcas)",
        r"(?:hum|hamari|humari) (?:company )?(?:services|provide karte|offer karte)",
        r"hum (?:\w+ )?provide karte (?:hain|hai)",
        r"(?:for|only|just) (?:\$|€|£|rs\.?|inr|usd|eur) ?\d+",
        r"\d+ (?:posts|videos|articles|blogs|leads|meetings|reels)(?: ?/ ?| per | a )(?:month|week"
        r"|mo)",
        r"we (?:ghostwrite|ghost-write|write|design|build|edit|produce|manage) (?:\d+ )?(?:\w+ )?"
        r"(?:posts|content|newsletters|websites|ads|campaigns|videos) (?:for|per|a|every)",
        r"(?:want|like) a (?:free )?sample", r"(?:ich|wir) begleite[n]? (?:\w+ ){0,2}(?:unternehm"
        r"en|firmen|kunden|teams|mittelstand)",
        r"(?:accompagno|aiutiamo|aiuto) (?:le |i )?(?:\w+ )?(?:aziende|imprese|clienti|pmi)",
        r"(?:il nostro|la nostra) (?:gestionale|crm|app|tool|prodotto|offerta)",
    ],
    "sales.product": [
        r"demo (?:gratuita|gratuite|gratis|kostenlose?)", r"(?:free|gratis) (?:audit|assessment)",
        r"(?:eine|ein) (?:\w+ )?demo", r"demo dekh\w*", r"(?:our|see|check (?:out )?our) pricing",
        r"pricing (?:plans?|page|starts)",
        r"(?:we\'ve|we have|we) (?:built|launched|created|developed) (?:a|an) (?:\w+ ){0,4}(?:pla"
        r"tform|tool|app|product|software|solution|extension)",
        r"(?:set up|book|schedule|arrange|give you|show you) a (?:quick |short |free )?demo",
        r"(?:une|la|a|uma) (?:\w+ )?demo", r"notre solution", r"nossa (?:plataforma|solucao)",
        r"special offer",
        r"our (?:new )?(?:app|platform|product|tool|software|saas|solution|extension|api|crm)",
        r"(?:app|platform|product|tool|startup) (?:we|i) (?:built|launched|created|developed|made"
        r")",
        r"we (?:built|launched|created|developed|made) (?:an?|the|our) ", r"free trial",
        r"(?:early|beta) access", r"(?:sign|signup|sign-up) (?:up|here|now)",
        r"\d+ ?% (?:off|discount)", r"discount", r"limited (?:time )?offer",
        r"(?<!your )demo (?:call|of)",
        r"(?:book|schedule|get) a (?:free )?demo", r"nuestra plataforma",
        r"notre (?:plateforme|solution|outil)", r"unsere (?:plattform|software|app)",
        r"nossa plataforma",
    ],
    "sales.career_service": [
        r"crack (?:\w+ ){0,2}(?:interviews?|faang|maang|jobs?|placements?)",
        r"(?:has|have) placed \d+", r"(?:dm|message|ping) me (?:for|to know) (?:more )?details",
        r"mentorship program\w*", r"coaching (?:program\w*|sessions?|call)",
        r"(?:i|we) can help you (?:\w+ ){0,2}(?:find|get|land|secure|crack)",
        r"help you (?:\w+ ){0,2}(?:get|land|find|secure) (?:\w+ ){0,2}(?:job|role|offer|interview"
        r"s?|placed)",
        r"increase your chances", r"get noticed", r"dream (?:job|company|companies|role)",
        r"resume (?:writing|review|makeover|building)",
        r"career (?:coach\w*|counsel\w*|guidance program\w*|services)",
        r"things you could (?:\w+ )?(?:change|improve|fix)",
        r"(?:linkedin )?profile optimi[sz]\w+", r"personal brand\w*",
        r"job (?:search|hunt\w*) (?:support|assistance|program\w*|services?)",
        r"placement (?:assistance|support|program\w*)", r"upskill\w*",
        r"(?:our|my|join (?:our|my|the)|free|paid|upcoming|next) (?:\w+ )?bootcamp",
        r"(?:our|my|new|online|this|free|paid) (?:\w+ ){0,2}(?:course|courses|certification progr"
        r"am\w*)",
        r"course (?:fee|fees|enrol\w*|registration|starts?|link)",
        r"training (?:program\w*|course\w*|institute)", r"enrol\w*", r"batch (?:starting|starts)",
        r"demo class", r"free (?:session|class|masterclass|webinar|counsel\w*)",
        r"bridge (?:the )?gaps?", r"readily deployable", r"well ?wisher",
        r"not getting (?:the )?(?:ideal |right |dream )?(?:job|calls|interviews)",
        r"pay (?:after|once) you (?:get|land)", r"course join", r"admission (?:open|chalu)",
    ],
    "sales.event_marketing": [
        r"you(?:'re| are)? (?:cordially )?invited to (?:our|an|a|the|this)",
        r"(?:like|love|want) to invite you to (?:our|an|a|the|join)",
        r"invite you to (?:our|an exclusive|a free|join)", r"join us (?:at|for|on|in) ",
        r"registration link", r"register (?:now|here|today|for free|at)", r"rsvp",
        r"seats? (?:are |is )?(?:limited|filling)", r"limited seats",
        r"exclusive (?:workshop|event|webinar|session|invite|invitation|roundtable|dinner)",
        r"early[- ]bird", r"tickets?",
        r"(?:upcoming|free) (?:webinar|workshop|event|session|masterclass|bootcamp)",
        r"je vous invite a (?:notre|un|une)", r"inscri(?:vez|ption)", r"anmeld\w+", r"inscrib\w+",
        r"inscreva\w*",
    ],
    "sales.promo": [
        r"(?:do |please )?check out (?:my|our)", r"visit (?:us|our (?:website|page|site))",
        r"follow (?:us|me|my page|our page)(?: on)?",
        r"(?:my|our) (?:initiative|page|channel|newsletter|podcast|community|course|ebook) (?:pag"
        r"e|link|here|at|on)?",
        r"bit\.ly", r"tinyurl", r"linktr\.ee", r"(?:click|tap) (?:the|this)? ?link",
        r"link in (?:my )?bio",
    ],
    "sales.finance": [
        r"financial (?:planning|advis\w+|advice|services|goals)",
        r"(?:life |health |term )?insurance (?:advis\w+|agent|plans?|polic\w+|cover|premiums?)",
        r"(?:life|health|term) insurance", r"insurance advisor", r"retirement planning",
        r"wealth management", r"mutual funds?", r"tax (?:saving|planning)",
        r"real estate (?:investment|opportunit\w+)", r"(?:loan|credit card) offers?",
    ],
    # ------------------------------------------------------------ events
    "event.invitation": [
        r"(?:be|being) (?:a |our )?guest (?:on|in|at)", r"guest on (?:my|our) (?:podcast|show)",
        r"(?:my|our) podcast", r"(?:up|open) for being a guest",
        r"(?:be|being) a judge", r"judge (?:for|at) (?:our|the)", r"(?:mentor|speak) at our",
        r"invite you (?:to )?(?:speak|be (?:a|our) (?:speaker|panelist|judge|mentor|guest))",
        r"(?:as|be) (?:a|our) (?:guest )?(?:speaker|panelist|judge|mentor)",
        r"(?:come|be|appear) on (?:as )?(?:a |our )?guest", r"as a guest",
    ],
    # ------------------------------------------------- press and research
    "request.press": [
        r"(?:i'm|i am|im) (?:a |an )?(?:\w+ )?(?:reporter|journalist|producer|editor|correspond"
        r"ent)",
        r"(?:on|off) the record", r"for (?:a|my|an upcoming) (?:story|article|piece|feature|report"
        r"age) (?:on|about)",
        r"(?:soy|sou|je suis|ich bin) (?:\w+ )?(?:periodista|jornalista|journaliste|journalist\w*)",
    ],
    # ------------------------------------------------- sales and pitches
    "sales.booking": [
        r"rendez-vous de \d+ ?min\w*", r"(?:una )?call di \d+ minuti",
        r"agendamos (?:una|uma) (?:llamada|reunion|call|conversa)",
        r"(?:podemos|posso) marcar uma (?:conversa|reuniao|call)",
        r"(?:get|grab) \d+ minutes on your calendar",
        r"(?:book|schedule|set up|grab|hop on) (?:a |an )?(?:quick |short |brief |free )?(?:\d+[-"
        r" ]?min(?:ute)?s? )?(?:call|chat|meeting|slot|zoom)",
        r"(?:quick|short|brief) (?:\d+[- ]?min(?:ute)?s? )?(?:call|chat|intro call)",
        r"\d+[- ]?min(?:ute)?s? (?:call|chat|of your time)",
        r"worth a (?:quick )?(?:chat|call|look)",
        r"open to a (?:quick )?(?:chat|call|conversation)", r"calendly", r"prendre rendez-vous",
        r"un (?:court )?echange de \d+ ?min", r"kurzes? (?:telefonat|gesprach|austausch)",
        r"termin vereinbaren", r"(?:agendar|programar) una (?:llamada|reunion)",
        r"agendar uma (?:call|conversa|reuniao)",
        r"(?:ware|waere) (?:ein|eine) (?:kurzes |kurze |unverbindliches )?(?:kennenlernen|gesprac"
        r"h|telefonat|austausch|termin)",
        r"(?:posso|possiamo) (?:mostrarti|mostrarle|farti vedere)", r"puedo mostrarte",
        r"posso (?:te |lhe )?mostrar", r"(?:je peux|puis-je) vous montrer",
        r"(?:kann|darf) ich (?:ihnen|dir) (?:kurz )?zeigen",
        r"darf ich (?:sie|es|ihn|euch) (?:ihnen|dir|euch)? ?(?:kurz )?(?:vorstellen|zeigen)",
        r"free (?:\d+[- ]?min\w* )?(?:\w+ )?(?:call|session|consultation)",
        r"\d+[- ]?min(?:ute)?s? \w+ (?:call|chat|session)",
        r"in \d+ (?:minuti|minutos|minuten|minutes) (?:come|como|comment|wie|how)",
    ],
    "sales.opener": [
        r"i (?:might|may|could) be able to help", r"(?:we|i) (?:can|could) help (?:you )?with (?:th"
        r"at|this)",
        r"are you (?:still )?(?:handling|in charge of|responsible for|the right person|the best p"
        r"erson)",
        r"who (?:handles|manages|is responsible for|looks after) ",
        r"(?:curious|wondering|like to know) (?:\w+ )?how (?:\w+ ){0,3}(?:handles?|manages?|appro"
        r"ach(?:es)?|deals? with|does)",
        r"how (?:does |do )?(?:your team|you|\w+) (?:currently )?(?:handle|manage|approach)",
        r"have you (?:ever )?thought about", r"(?:ja|já) pensou em", r"(?:has|ha) pensado en",
        r"avez-vous (?:deja )?pense a",
        r"haben sie (?:schon )?(?:mal )?(?:daruber|uber) nachgedacht",
        r"(?:happy|glad) to run (?:some |the )?numbers",
    ],
    "sales.contact": [
        r"reach (?:us|me) (?:at|on)?", r"call (?:us|me) (?:at|on)", r"contact us",
        r"\+?\d[\d -]{8,}\d",
    ],
    # -------------------------------------------------------- recruiting
    "recruiter.approach": [
        r"(?:people|talent|recruiting|recruitment|hiring|ta) (?:team|partner) (?:at|of|for|with)",
        r"(?:equipe|equipo|equipa) de (?:talentos|recrutamento|reclutamiento|selecao|seleccion|rh)",
        r"(?:just )?opened (?:a|an|up a|up an) (?:\w+ ){0,4}(?:req|requisition|role|position|open"
        r"ing|vacancy)",
        r"(?:hire|hiring) (?:kar|kr) (?:rahe|rhe|rahi) (?:hain|hai|h)",
        r"sucht (?:fur|ab sofort|zum|zur|in|derzeit|aktuell) ",
        r"(?:wir|ich) (?:\w+ ){0,5}suchen (?:einen|eine|ab sofort|zur verstarkung)",
        r"(?:we r|we are|we're|v r) hiring", r"any interest\s*\?",
        r"confidential (?:conversation|search|role|chat)",
        r"(?:i\'m|i am|we\'re|we are) (?:partnering|working) with (?:a|an) ",
        r"(?:client|company|startup|firm|team)(?: that| who| which)?(?:\'s| is| are) (?:looking f"
        r"or|hiring|seeking) (?:a|an) ",
        r"would you (?:like|be interested|want|care) (?:to )?(?:hear|learn|know) more",
        r"(?:open|interested) (?:to|in) (?:a |an )?(?:new )?(?:role|opportunit\w+|position|change"
        r")",
        r"(?:buscamos|buscando) (?:un|una|a) ", r"busco (?:un|una) (?:perfil|candidat\w+)",
        r"estoy (?:buscando|reclutando|seleccionando) ", r"ofertas? de (?:empleo|trabajo)",
        r"te (?:interesaria|interesa|apetece)",
        r"(?:estou|estamos) (?:recrutando|contratando|buscando|procurando) (?:um|uma|profissionai"
        r"s?) ",
        r"vaga de", r"posso te passar (?:os )?detalhes", r"oportunidade (?:de|para|como) ",
        r"j\'ai une (?:\w+ )?(?:mission|opportunite|offre|poste)",
        r"nous recherchons (?:un|une|des) ", r"je recherche (?:un|une|pour) ", r"mission de ",
        r"(?:en|un) (?:cdi|cdd)", r"etes-vous (?:disponible|ouverte?|a l\'ecoute|interessee?)",
        r"ich suche (?:fur|einen|eine) ", r"(?:stelle|position) als ",
        r"darf ich (?:ihnen|dir) (?:mehr|die stelle|die position)",
        r"(?:humein|hume|hamein|hamko) (?:\w+ ){0,3}chahiye", r"requirement hai",
        r"job opportunit\w*",
        r"(?:exciting|great|excellent|amazing|new|interesting|open) (?:\w+ )?(?:opportunit\w+|ope"
        r"nings?|positions?|roles?)",
        r"openings?", r"vacanc\w+", r"busco (?:un|una) ",
        r"(?:current|job|open) (?:requirements?|positions?|roles?)",
        r"(?:we|i) (?:have|got) (?:a |an )?(?:\w+ ){0,4}(?:opening|position|requirement|vacancy|r"
        r"ole|opportunit\w+)s?",
        r"(?:tenho|temos) uma (?:\w+ )?(?:oportunidade|vaga)",
        r"(?:tengo|tenemos) una (?:\w+ )?(?:vacante|oportunidad|posicion)",
        r"j'ai une (?:\w+ )?(?:opportunite|offre|mission|poste)",
        r"ich habe eine (?:\w+ )?(?:position|stelle|vakanz)", r"suchen wir", r"\(?m/w/d\)?",
        r"offene stellen", r"(?:hatten|haben) sie interesse",
        r"(?:lead|manage|run|head|handle|own) (?:\w+ )?(?:hiring|recruiting|recruitment|talent ac"
        r"quisition)",
        r"(?:would you be|are you) (?:open|interested) (?:to|in) (?:hearing|learning|a chat|discu"
        r"ssing|exploring)",
        r"open to hearing more", r"fits? your (?:background|profile|experience|skills?)",
        r"(?:we are|we're|i am|i'm) (?:actively )?(?:hiring|recruiting|interviewing)",
        r"actively interviewing", r"(?:hiring|recruiting) for",
        r"walk-?in (?:drive|interview)s?", r"hiring drive", r"(?:search )?mandate",
        r"looking for (?:a |an )?(?:\w+ ){0,3}(?:candidates?|profiles?|talent)", r"candidate for",
        r"(?:good|great|perfect|strong|right|ideal) (?:fit|match|candidate)",
        r"your (?:profile|experience|background|skills?) (?:seems?|looks?|might|may|is|matches|wo"
        r"uld|fits|suits|caught)",
        r"profile (?:suits|matches|fits)",
        r"(?:if|are) you (?:are )?(?:interested|open|available)", r"if interested",
        r"let me know if you(?:'re| are)? interested", r"interested\s*\?",
        r"positions? (?:available|open)",
        r"(?:contract|full[- ]?time|part[- ]?time|permanent|c2c|w2|c2h|contract to hire) (?:\w+ )"
        r"?(?:positions?|roles?|opportunit\w+|jobs?|basis)",
        r"location ?:", r"experience ?:", r"(?:position|role|job title|designation) ?:",
        r"years? of experience", r"notice period", r"immediate joiners?", r"ctc", r"jd",
        r"job description", r"wfo|wfh|work from office", r"poste de", r"nous recrutons",
        r"je recrute", r"offre d'emploi", r"cdi",
        r"votre profil (?:correspond|m'interesse|a retenu|pourrait)",
        r"opportunite (?:professionnelle|de poste)", r"wir suchen",
        r"(?:spannende|interessante) (?:position|stelle|vakanz|moglichkeit|herausforderung)",
        r"(?:ihr|dein) profil (?:passt|hat mich|ist mir)", r"vakanz", r"festanstellung",
        r"stellenangebot", r"oportunidad (?:laboral|profesional)", r"vacante", r"puesto de",
        r"estamos buscando", r"tu perfil (?:encaja|me parece|es)", r"proceso de seleccion",
        r"oportunidade (?:de trabalho|profissional)", r"vaga (?:de|para)", r"estamos contratando",
        r"seu perfil (?:se encaixa|chamou|e)", r"processo seletivo",
        r"(?:hamari|humari|hmari) company (?:me|mein|main) (?:\w+ )?(?:opening|vacancy|hiring)",
        r"opening hai", r"interested (?:ho|hai|hain) to",
        r"opportunit(?:y|ies) (?:for|with|at|in)",
        r"(?:i am|i'm|i m|we are|we're|we) (?:currently |actively )?(?:looking|searching) for (?:"
        r"a |an )?(?:\w+ ){0,3}(?:" + _TITLES_WANTED
        + r")(?! (?:role|job|position|internship|opportunit))",
    ],
    "recruiter.resume": [
        r"(?:envianos|envia|envie|mande|manda|mandame|envoyez-nous) (?:tu|su|seu|o seu|votre) (?:"
        r"cv|curriculo|curriculum)",
        r"(?:send|share|drop|forward|email|mail|attach) (?:me |us )?(?:your |ur |the )?(?:updated"
        r" |latest |current |recent )?(?:resume|cv|profile)s?",
        r"(?:resume|cv) (?:on|at|to) ", r"share your (?:mail|email) id",
        r"envoyez(?:-moi)? votre cv",
        r"(?:schicken|senden|schick|sende) (?:sie |du )?(?:mir |uns )?(?:einfach )?(?:ihren|deine"
        r"n) lebenslauf",
        r"(?:enviame|envia|envie) (?:tu|seu|o seu) (?:cv|curriculo)",
        r"(?:resume|cv) (?:bhejo|bhejiye|bhej do|share karo|send karo)",
    ],
    "recruiter.blast": [
        r"buscas (?:trabajo|empleo)", r"tenemos (?:muchas|varias|muchisimas) (?:ofertas|vacantes)",
        r"temos (?:muitas|varias) vagas", r"plein d\'offres",
        r"oportunidades laborales", r"(?:encajan|encaja) con tu perfil",
        r"de nombreuses (?:offres|opportunites)",
        r"(?:kya )?(?:aapko|apko|tumko|aapke liye) (?:\w+ )?(?:job|naukri) chahiye",
        r"place kar (?:denge|dunga|dege|dete)", r"job lagwa\w*",
        r"(?:many|lots of|plenty of) (?:job )?(?:openings|jobs|opportunities) for you",
        r"are you (?:\w+ )?(?:looking|searching|open) (?:for |to )?(?:a |an |any )?(?:new |better"
        r" |full[- ]?time |suitable )?(?:job|project|opportunit\w*|change|role|position|offer|it "
        r"job)s?",
        r"if you (?:or|/) your (?:colleagues|friends)",
        r"(?:or )?(?:know|refer) (?:someone|anyone|somebody|friends)", r"(?:placing|place) you",
        r"start your process", r"career advis\w+",
        r"we provide (?:\w+ )?(?:full[- ]time |job )?opportunit\w*",
        r"(?:multiple|several|many|lots of) (?:\w+ ){0,2}(?:opportunit\w+|positions|openings|requ"
        r"irements|jobs)",
        r"all (?:\w+ ){0,2}it technologies",
        r"(?:once|after|if) (?:you )?accept (?:my|the) (?:request|invitation)",
        r"available (?:on|in) the (?:job )?market", r"skill ?sets? of",
        r"looking for (?:a |an |any )?job opportunit\w*", r"i came to know that you",
        r"are you (?:currently )?(?:in|on) (?:the )?(?:job )?market", r"hotlist",
        r"job opportunities are available", r"sind sie auf der suche",
        r"bist du (?:auf der suche|offen fur)", r"etes-vous a l'ecoute",
        r"(?:estas|esta) buscando (?:un )?(?:nuevo )?(?:empleo|trabajo)", r"voce esta aberto",
        r"job (?:change|search) (?:dekh|kar) rahe", r"(?:kya )?aap job",
    ],
    "recruiter.bench": [
        r"are you (?:\w+ )?(?:looking|searching|open) (?:for |to )?(?:a |an |any )?(?:new )?proje"
        r"cts?",
        r"hotlist", r"bench(?: sales| consultants?| resources?)?", r"c2c", r"corp to corp", r"w2",
        r"direct client requirements?", r"new projects?\s*\?",
    ],
    "recruiter.staffing": [
        r"(?:leading|top) (?:it )?(?:staffing|recruitment|recruiting|placement) (?:company|firm|a"
        r"gency)",
        r"(?:it |tech )?staffing (?:firm|company|agency|partner|services|solutions)?",
        r"(?:recruitment|placement|staffing|manpower|hr) (?:agency|firm|consultancy|company|consu"
        r"ltants?)",
        r"consultancy", r"third party", r"personalvermittlung", r"recruitment agency",
        r"agence de recrutement", r"agencia de (?:empleo|seleccion)",
    ],
    "recruiter.visa": [
        r"(?:h-?1b?|gc|green card|visa|opt|cpt) (?:sponsorship|transfer|filing|processing|extensi"
        r"on)",
        r"sponsorship", r"e-? ?verified", r"my ?visa ?jobs",
        r"(?:opt|cpt|stem opt|day 1 cpt|h1b?|h-1b)(?: candidates| students| holders)?",
        r"(?:help|assist) (?:you )?with (?:your )?(?:h1|visa|opt|gc)",
    ],
    "recruiter.paid_call": [
        r"expert network",
        r"(?:paid|compensated) (?:consultation|call|survey|interview|research|project)",
        r"consultation (?:call|fee|for)", r"honorarium",
        r"\$ ?\d+(?:\.\d+)? ?(?:/|per) ?(?:hr|hour|h)\b", r"(?:hourly|per hour) (?:rate|fee)",
        r"phone consultation",
        r"(?:pay|paid|compensate) (?:you )?for (?:a|an|your) (?:\d+[- ]?min\w* )?(?:call|consultat"
        r"ion|interview|chat)",
        r"(?:gerson ?lehrman|glg|alphasights|guidepoint|third bridge|coleman research|dialectica)",
    ],
    "recruiter.unpaid": [
        r"unpaid", r"volunteer (?:position|role|basis)", r"without (?:pay|salary)",
    ],
    "recruiter.client": [
        r"(?:fur|bei) (?:einen|einem) (?:\w+ )?kunden", r"para (?:una|un) (?:consultora|empresa|c"
        r"liente) (?:en|de|del)",
        r"(?:working on|running|leading|handling) an? (?:\w+ ){0,5}search (?:for|with|on behalf)",
        r"(?:a|an|una|um|uma|une|ek) (?:\w+ )?(?:multinational|multinacional|mnc|reputed company)"
        r" (?:in|en|em|based|mein|me)",
        r"(?:i'm|i am|we're|we are) (?:partnering|working) with (?:a|an) ",
        r"(?:our|my|a) (?:trusted |direct |fortune 500 )?clients?", r"on behalf of",
        r"pour (?:l'un de |un de )?(?:nos|mes) clients?",
        r"(?:fur|bei) (?:einen|einem) (?:unserer|meiner) kunden", r"para (?:un|uma|um) cliente",
        r"client (?:ke|ki) (?:liye|requirement)",
    ],
    # ------------------------------------------------------- job seekers
    "candidate.seeking": [
        r"(?:buscando|procurando|cherchant) (?:mi |meu |mon )?(?:primer |primeiro |premier )?(?:emp"
        r"leo|emprego|trabajo|trabalho|emploi|stage|estagio|practicas)",
        r"si (?:sabes|sabe) de (?:alguna|algun) (?:vacante|oferta|puesto)",
        r"(?:i )?(?:need|want) (?:a )?(?:job|work|internship|naukri) (?:urgently|asap|please|now)",
        r"any (?:role|job|position|work) (?:is fine|will do|is ok)",
        r"exploring (?:new |fresh |other )?(?:\w+ )?opportunit\w+",
        r"(?:any )?leads you (?:might|may) have",
        r"ich suche (?:\w+ ){0,4}(?:eine )?(?:stelle|job|praktikum)",
        r"suche nach (?:\w+ ){0,3}(?:einer |eine )?(?:stelle|job)",
        r"(?:i am|i'm|im|i m) (?:currently |actively )?(?:looking|searching|seeking) (?:for )?(?:"
        r"a |an )?(?:new )?(?:(?!candidates?\b|profiles?\b)\w+ ){0,3}(?:job|role|position|opportu"
        r"nit\w+|internship|opening|work)s?",
        r"(?:i am|i'm) (?:exploring|open to) (?:\w+ ){0,4}(?:opportunit\w+|roles|positions)",
        r"open to work", r"#?opentowork", r"i am (?:a )?fresher", r"recent (?:graduate|grad)",
        r"(?:student|graduate|grad|fresher|engineer|developer) (?:currently |actively )?(?:lookin"
        r"g|searching) for (?:a |an )?(?:\w+ ){0,3}(?:job|role|internship|position|opportunit\w+)"
        r"s?",
        r"(?:main|mai) (?:ek )?fresher (?:hoon|hu|hun)", r"fresher (?:hoon|hu|hun)",
        r"seeking (?:a |an )?(?:\w+ ){0,3}(?:role|position|job|internship|opportunit\w+)",
        r"job (?:chahiye|chaiye|ki zaroorat|ki zarurat|dhundh)",
        r"mujhe (?:\w+ )?(?:job|naukri|internship)", r"naukri", r"koi (?:opening|vacancy|job)",
        r"je (?:suis|cherche) (?:a la recherche d'|en recherche d')?(?:un |une )?(?:poste|stage|e"
        r"mploi|alternance|opportunite)",
        r"ich (?:bin auf der suche nach|suche) (?:einer |einem |eine |einen )?(?:neuen )?(?:stell"
        r"e|job|praktikum|herausforderung|position)",
        r"estoy buscando (?:trabajo|empleo|practicas|una oportunidad|un puesto)",
        r"estou (?:em busca|procurando|buscando) (?:de )?(?:um |uma )?(?:emprego|trabalho|estagio"
        r"|oportunidade|recolocacao)",
    ],
    "candidate.applied": [
        r"(?:estou|estoy|je suis) (?:no|en el|en) (?:processo seletivo|proceso de seleccion|proce"
        r"ssus de recrutement)",
        r"(?:saw|seen|came across|noticed|found) (?:\w+ ){0,4}(?:opening|position|role|posting|va"
        r"cancy|internship|job post)",
        r"(?:your|the) careers? page",
        r"(?:chat|talk|hear|learn|know|ask|enquire|inquire) (?:more |a bit )?about (?:the |any |y"
        r"our |open )?(?:\w+ ){0,3}(?:openings|positions|roles|vacancies|internships)",
        r"reach(?:ing)? out (?:to you )?about (?:the |your |any )?(?:\w+ ){0,4}(?:roles?|position"
        r"s?|openings?|internships?)",
        r"ich habe mich (?:\w+ ){0,12}beworben", r"j\'ai candidate", r"candidature",
        r"offre de (?:\w+ ){0,3}publiee", r"(?:vi|vimos) (?:la|a) (?:vacante|vaga)",
        r"envie mi (?:solicitud|cv|candidatura)", r"j\'ai vu (?:l\'offre|votre annonce)",
        r"habe (?:die|ihre) (?:stelle|anzeige) gesehen",
        r"(?:saw|seen|came across|noticed|found) (?:\w+ ){0,2}(?:opening|position|role|posting|va"
        r"cancy|job post|internship|opportunity)",
        r"(?:would love|like|want) to be considered", r"consider me for",
        r"ich habe mich (?:\w+ ){0,8}beworben", r"j\'ai postule (?:\w+ ){0,3}(?:au|a|pour)",
        r"(?:talk|ask|learn|know|enquire|inquire|discuss\w*) (?:more |a bit )?(?:about|regarding)"
        r" (?:the|your) (?:\w+ ){0,4}(?:internship|position|role|opening|vacancy)",
        r"i am connecting to (?:talk|ask|learn|discuss|enquire|inquire)",
        r"(?:i )?(?:have |recently )?applied (?:for|to) (?:the|a|an|your)",
        r"my (?:job )?application",
        r"(?:i am|i'm|im|i m) (?:very |really |highly |quite )?interested in (?:the |your |a |an "
        r")?(?:\w+ ){0,5}(?:position|role|opening|internship|vacancy|job)",
        r"(?:position|role|opening|internship) (?:you|that you) posted",
        r"(?:i'd|i would|i will) be a (?:great|good|strong) fit", r"j'ai postule",
        r"ma candidature", r"meine bewerbung", r"me postule", r"mi (?:candidatura|postulacion)",
        r"me candidatei", r"minha candidatura", r"apply kiya", r"application (?:diya|daali|bheji)",
        r"interviewed (?:with|for|at)", r"(?:my|the) interview (?:with|for|at)",
        r"(?:maine|mene) (?:\w+ ){0,6}apply",
        r"(?:an|my|upcoming|the) interview (?:for|at|with)",
        r"(?:je )?prepare (?:un |mon )?entretien",
        r"entretien (?:pour|chez|avec)", r"vorstellungsgesprach", r"entrevista (?:para|en|com|na)",
        r"(?:estou|estoy) (?:me )?(?:candidatando|postulando)", r"me estoy postulando",
        r"(?:ik )?(?:heb )?(?:gesolliciteerd|solliciteer)", r"mijn sollicitatie",
        r"ich bewerbe mich", r"je postule", r"mi sono candidat[oa]", r"ho (?:fatto )?candidatura",
        r"(?:got|had|have|received) (?:a )?(?:recruiter|screening|phone|hr|intro) (?:call|screen|"
        r"interview) (?:for|about|with)",
    ],
    "candidate.referral": [
        r"refer me", r"(?:a |any )?referral (?:for|in|at)", r"(?:can|could) you (?:please )?refer",
        r"refer (?:kar|kr) (?:do|dijiye|sakte|denge)", r"referral (?:de|chahiye|mil)",
        r"recommander ma candidature", r"empfehlen sie mich",
    ],
    "candidate.mine": [
        r"my (?:resume|cv|portfolio)", r"(?:attached|attaching|find) (?:is )?my (?:resume|cv)",
        r"mon cv", r"mein lebenslauf", r"mi cv", r"meu curriculo", r"mera (?:resume|cv)",
    ],
    # ------------------------------------------------------------ events
    "event.met": [
        r"(?:we were|were) both (?:in|at|on) the (?:\w+ ){0,6}(?:study group|group|course|class|"
        r"cohort|bootcamp|forum|program\w*)",
        r"(?:great|nice|good|awesome|amazing) (?:panel|talk|keynote|session|workshop) (?:at|today)",
        r"(?:fellow|another) (?:\S+ ){1,3}attendee",
        r"(?:participamos|participei|participe|participe a|participamos en) (?:do|da|del|de la|du|"
        r"de|al|en el|no|na) ",
        r"leuk (?:je|u) te (?:spreken|ontmoeten|zien)", r"(?:we )?(?:ontmoetten|spraken) (?:elkaar"
        r"|we)",
        r"poznalismy sie", r"(?:ci siamo|ci eravamo) (?:conosciuti|visti|incontrati)",
        r"(?:e stato|era) (?:un )?piacere (?:conoscerti|parlare)",
        r"(?:i was|i attended|we were) (?:at|in) your (?:\w+ ){0,2}(?:workshop|talk|session|keyno"
        r"te|panel|class|webinar|presentation|lecture|course)",
        r"(?:es war|war) (?:schon|toll|super|nett|eine freude),? (?:[\w-]+ ){0,8}kennenzulernen",
        r"thank(?:s| you) for (?:your|the) (?:\w+ )?(?:keynote|talk|session|presentation|workshop"
        r"|panel|demo) (?:at|during|today|yesterday|last)",
        r"danke fur das (?:\w+ )?gesprach", r"gesprach (?:auf|bei) der",
        r"(?:adorei|gostei de) conversar com voce",
        r"foi (?:otimo|bom|um prazer) (?:conversar|te conhecer)", r"crossed paths",
        r"ran into (?:you|each other)", r"we chatted (?:at|during)",
        r"(?:conocerte|conocerle|conocerla|te conoci|le conoci|conhecer voce|te conhecer|conhece-"
        r"lo|conhece-la)",
        r"(?:vous|te) (?:avoir )?rencontre(?:e|r)?", r"(?:sie|dich) kennenzulernen",
        r"(?:great|nice|good) (?:chatting|talking|speaking|meeting) (?:at|during)",
        r"(?:we )?met (?:you )?(?:at|during|in|on)", r"we met",
        r"meeting you (?:at|during|today|yesterday|last)",
        r"(?:great|nice|good|lovely|pleasure) (?:talking|speaking|chatting|meeting|connecting|to "
        r"meet|to talk|to chat|seeing|to see) (?:with |to )?you",
        r"(?:talked|spoke|chatted) (?:\w+ )?(?:at|during|today|yesterday)",
        r"(?:saw|heard|watched) you (?:speak|present|at|on stage)",
        r"(?:were|was) (?:both )?(?:at|in) the same", r"(?:also )?attended",
        r"following (?:the|our|your|today'?s|yesterday'?s)",
        r"after (?:the|your|our) (?:\w+ ){0,3}(?:talk|session|panel|event|conference|meetup|summi"
        r"t|hackathon|workshop|webinar)",
        r"thanks? (?:you )?for the (?:\w+ )?(?:chat|talk|conversation|session|demo|workshop)",
        r"nous nous sommes rencontres", r"rencontre(?:e|s)? (?:a|au|lors|hier)",
        r"lors (?:du|de la)",
        r"(?:uns )?(?:auf|bei) der (?:\w+ )?(?:konferenz|messe|tagung) (?:kennengelernt|getroffen"
        r"|gesehen)",
        r"kennengelernt", r"nos conocimos", r"nos vimos", r"nos conhecemos",
        r"(?:mile|mila|mulaqat) (?:the|thi|hui)", r"milna (?:hua|acha laga)",
        r"(?:we|i) (?:were|was) (?:both |also )?at the", r"(?:fellow|another) (?:participant|atten"
        r"dee|delegate|speaker|finalist|volunteer)s? (?:in|at|of|from)",
        r"danke fur (?:den|das|die|deinen|ihren|deine|ihre) (?:\w+ )?(?:vortrag|workshop|talk|ses"
        r"sion|keynote|gesprach|beitrag)",
        r"ich war (?:auch )?(?:beim|bei der|auf der|im|in der)",
        r"coincidimos (?:en|el|la|ayer)", r"(?:estuvimos|estivemos) (?:juntos )?(?:en|no|na)",
        r"te (?:vi|vimos) (?:no palco|en el escenario|hablando|falando|na palestra|en la charla)",
        r"je (?:t'ai|vous ai) (?:vu|vue|entendu|entendue) (?:sur scene|parler|a|au|lors)",
        r"(?:we )?zaten samen", r"(?:we )?(?:hebben|hadden) elkaar (?:\w+ )?(?:ontmoet|gesproken)",
        r"(?:ci siamo|eravamo) (?:\w+ )?(?:al|alla|allo|a|in)",
        r"(?:great|good|nice|lovely) (?:chatting|talking|meeting) (?:\w+ )?at the",
    ],
    "event.noun": [
        r"conferences?", r"meet-?ups?", r"summits?", r"hackathons?",
        r"(?:career|job|recruiting) fairs?", r"expos?", r"webinars?", r"workshops?", r"panels?",
        r"keynotes?", r"talks?", r"sessions?", r"events?", r"symposium", r"convention", r"fair",
        r"trade show", r"forum", r"networking (?:event|evening|night)", r"dinner", r"bootcamp",
        r"salon", r"konferenz", r"messe", r"tagung", r"congreso", r"conferencia", r"evento",
        r"feria", r"congresso", r"feira", r"jornada", r"taller", r"charla", r"ponencia",
        r"palestra", r"vortrag", r"breakfast", r"offsite", r"retreat", r"training",
    ],
    # -------------------------------------------------- personal context
    "personal.colleague": [
        r"(?:we )?(?:shipped|built|launched|ran|delivered) (?:\w+ ){1,4}together",
        r"same floor (?:pe|par|mein|me|on)", r"(?:old|former) (?:\w+ )?team",
        r"on etait ensemble", r"(?:wir haben|wir waren) (?:\w+ ){0,2}(?:zusammen|gemeinsam)",
        r"(?:we were|we both were|both of us were) (?:both )?(?:on|in) the (?:\w+ ){0,3}(?:scheme|"
        r"program\w*|intake|rotation|team|project|squad)",
        r"(?:nous avons ete|on etait|nous etions|fomos|fuimos|wir waren) (?:\w+ )?(?:collegues|col"
        r"egas|kollegen|companeros)",
        r"(?:from|on|in) your (?:old|former|previous) (?:team|company|office|project|group)",
        r"your (?:old|former|ex-?) (?:teammate|colleague|manager|boss|team lead)",
        r"(?:we )?sat next to each other", r"wir waren zusammen (?:im|in der|bei|in)",
        r"zusammen (?:im team|studiert|gearbeitet)",
        r"(?:we were|we\'re) (?:both )?(?:in|on) the same (?:\w+ ){0,2}(?:program\w*|team|class|b"
        r"atch|cohort|project)",
        r"ex-?\w+ (?:colleague|coworker|co-worker|teammate)s?",
        r"(?:colleague|coworker|teammate)s? (?:at|from) ", r"worked (?:together|with you)",
        r"work(?:ed)? together",
        r"(?:former|ex)[- ]?(?:colleagues?|coworkers?|co-workers?|teammates?)",
        r"used to work (?:with|at|together)", r"we (?:both )?worked (?:at|in|for)",
        r"same (?:team|company|office|project)", r"(?:ancien|ancienne)s? collegues?",
        r"nous avons travaille ensemble", r"(?:ehemalige[rn]?|fruhere[rn]?) (?:kolleg\w*)",
        r"zusammengearbeitet", r"(?:ex ?companer[oa]s?|excolega)", r"trabajamos juntos",
        r"ex-colega", r"trabalhamos juntos", r"saath (?:mein |me )?kaam (?:kiya|karte)",
        r"same (?:office|company) (?:mein|me)",
        r"you (?:onboarded|mentored|trained|interviewed|hired|managed|taught|coached|supervised) "
        r"me", r"(?:we|i) paired (?:on|with|up)", r"(?:we )?(?:built|shipped|ran) (?:\w+ ){1,4}"
        r"(?:back in|in) (?:19|20)\d\d",
        r"(?:it'?s|this is|c'est|soy|sou|ich bin|sono) \w+ (?:\w+ )?(?:from|de|da|do|von|aus) "
        r"(?:the |la |le |el |o |a |der |dem )?(?:\w+ ){1,4}(?:cohort|team|batch|squad|crew|offic"
        r"e|internship|lab|class|chapter|club|days|equipe|equipo|promo|turma)",
        r"(?:we were|we both were) in the same (?:org|club|society|chapter|group|lab|squad)",
        r"(?:on etait|nous etions) (?:\w+ ){0,2}(?:en colloc\w*|colocataires|au stage|en stage|da"
        r"ns la meme)", r"pendant (?:le|notre|mon) stage (?:chez|a)",
        r"(?:werkten|zaten) (?:\w+ )?samen (?:bij|in|op)", r"lavoravamo insieme",
        r"abbiamo lavorato insieme",
    ],
    "personal.school": [
        r"(?:wir haben|haben wir) beide (?:\w+ ){1,5}studiert",
        r"(?:on etait|nous etions) ensemble en (?:l\d|m\d|licence|master|prepa|classe)",
        r"(?:studiavamo|estudabamos|studeerden) (?:\w+ )?(?:insieme|juntos|samen)",
        r"(?:you|u) (?:also )?went to (?:\w+ ){1,3}(?:too|as well)",
        r"(?:sou|soy|je suis|ich bin) (?:alun[oa]|alumn[oa]|estudiante|etudiante?|student\w*) (?:da"
        r"|de|del|do|a la|an der|at|of) (?:\w+ ){1,3}(?:como|comme|wie) (?:voce|tu|usted|vous|sie|"
        r"du)",
        r"(?:estudamos|estudiamos|studied|etudie|studiert) (?:\w+ )?(?:juntos|together|ensemble|z"
        r"usammen)",
        r"turma de \d+", r"(?:your|votre|tu|su|sua|deine|ihre) alma mater",
        r"(?:you|u) (?:did|completed|finished|pursued|studied) your (?:\w+ )?(?:btech|b\.tech|mte"
        r"ch|m\.tech|mba|ms|masters|degree|bachelors?|phd|graduation|engineering|mca|bca|bsc|msc)",
        r"(?:you|u) (?:have |also )?studied (?:at|in)", r"(?:vi que )?estudiaste",
        r"(?:vi que )?estudou", r"as etudie", r"hast (?:an der|in) \w+ studiert", r"same promo",
        r"(?:la )?meme promo", r"dans la meme (?:promo|ecole|classe)",
        r"(?:fuimos|somos|eramos|fomos|eravamos) (?:\w+ )?(?:companer[oa]s|colegas) (?:de|en|na|d"
        r"a|do)",
        r"companer[oa]s de (?:clase|universidad|carrera|facultad)",
        r"colegas de (?:turma|faculdade)",
        r"companer[oa] (?:tuy[oa] )?(?:del|de la|de) (?:master|carrera|universidad|clase|facultad|c"
        r"urso|grado|doctorado)",
        r"(?:abbiamo|avevamo) (?:\w+ )?(?:seguito|fatto|frequentato|studiato) insieme",
        r"(?:seguimos|fizemos|hicimos|cursamos|estudamos) (?:\w+ ){0,3}juntos",
        r"(?:main|mai) (?:bhi )?(?:\w+ ){0,3}se (?:hi )?(?:hoon|hu|hun)", r"alumn(?:i|us|a|ae)",
        r"alma mater", r"fellow (?:\w+ ){0,2}(?:students?|alumni|graduates?|classmates?)",
        r"same (?:college|university|school|batch|campus|program(?:me)?|class|course|cohort)",
        r"classmates?", r"batch ?mates?", r"(?:your|a) (?:senior|junior) (?:from|at|in)",
        r"studied (?:at|in|together)",
        r"(?:also )?(?:from|at) (?:your|our) (?:college|university|school|alma mater)",
        r"guest lecture", r"guide (?:the |our )?students", r"meme (?:ecole|promo|universite)",
        r"ancien(?:ne)? (?:eleve|etudiant)", r"kommiliton\w*",
        r"gleichen? (?:uni|hochschule|universitat)", r"misma (?:universidad|escuela|facultad)",
        r"mesma (?:faculdade|universidade|escola)",
        r"(?:aapke|apke|aapka|apka) (?:college|university) se", r"same college (?:se|me|mein)",
        r"batch (?:of )?(?:19|20)\d\d", r"(?:19|20)\d\d batch", r"class of (?:19|20)?\d\d",
    ],
    "personal.school_word": [
        r"(?:your|the|their|its) (?:\w+ ){0,3}program(?:me)?s?", r"school of", r"grad school",
        r"(?:high|business|law|medical) school", r"universit\w*", r"college\w*", r"campus",
        r"ms in", r"ms (?:data|computer|cs)", r"masters?", r"m\.?s\.? (?:program|course)",
        r"admits?", r"admission\w*", r"incoming (?:student|freshman|grad)",
        r"(?:fall|spring|summer|winter) ?'?\d{2}", r"(?:fall|spring) (?:intake|term|semester)",
        r"degree", r"shortlist\w* (?:colleges|universities)", r"mba", r"phd", r"undergrad\w*",
        r"ecole", r"universidad", r"faculdade", r"hochschule", r"studium",
    ],
    "personal.your_work": [
        r"(?:read|saw|loved|enjoyed) your (?:\w+ ){0,2}(?:write-?up|case study|deck|slides|demo|r"
        r"eport|guide|analysis|breakdown)",
        r"your (?:\w+ ){0,2}(?:post|article|paper|talk|blog post|video|podcast|thread|tutorial|bo"
        r"ok) (?:on|about|regarding|in|at|was|helped|saved)",
        r"i (?:attended|took) your (?:\w+ ){0,3}(?:course|class|lecture|lectures|session|workshop"
        r"|seminar)",
        r"(?:heard|saw|watched) you (?:on|in) (?:the |a |your )?(?:\w+ ){0,3}(?:podcast|panel|inte"
        r"rview|video|webinar|show|episode|livestream)",
        r"(?:ihrem|deinem|ihren|deinen|ihr|dein) (?:\w+ )?(?:vortrag|beitrag|artikel|post|buch|pa"
        r"per|podcast)",
        r"(?:tu|su|vuestra) (?:ultima |reciente )?(?:charla|publicacion|articulo|ponencia|present"
        r"acion)",
        r"(?:sua|seu) (?:ultima |ultimo |recente )?(?:palestra|publicacao|artigo|apresentacao)",
        r"(?:votre|ton) (?:dernier |derniere |recent )?(?:article|intervention|conference|present"
        r"ation|publication|post|podcast)",
        r"(?:read|saw|loved|enjoyed|liked|watched|came across|found|following) (?:\w+ ){0,2}your "
        r"(?:\w+ ){0,2}(?:post|article|talk|paper|book|podcast|video|blog|research|thesis|project"
        r"|repo|repository|library|comment|newsletter|presentation|keynote|work on|tutorial|cours"
        r"e|answer|thread|session|panel)",
        r"your (?:recent |latest |last )?(?:post|article|talk|paper|book|podcast|blog|thesis|pres"
        r"entation|keynote|newsletter|tutorial) (?:on|about|at|in|regarding)",
        r"your (?:post|article|talk|paper|presentation|keynote|panel|session|tutorial)",
        r"votre (?:article|intervention|conference|presentation|publication|post)",
        r"(?:ihr|ihren|dein|deinen) (?:vortrag|beitrag|artikel|post)",
        r"(?:tu|su) (?:charla|publicacion|articulo|post|ponencia)",
        r"(?:sua|seu) (?:palestra|publicacao|artigo|post)",
    ],
    "personal.mutual": [
        r"gave me your (?:name|contact|details)",
        r"told me to (?:reach out|contact you|write|connect)",
        r"(?:said|says) you(?:'re| are) the (?:go ?to|right) person",
        r"(?:mi ha|me ha|m'a|hat mir) (?:\w+ )?(?:dato|dado|donne|gegeben) (?:il tuo|tu|ton|deinen"
        r"|ihren) (?:nome|nombre|nom|namen)",
        r"mutual (?:friend|connection|contact|colleague)",
        r"(?:introduced|referred|recommended) (?:to you |me )?by",
        r"(?:suggested|recommended) (?:that )?i (?:reach out|connect|contact|write)",
        r"de la part de", r"(?:me|te) (?:recomendo|indico|indicou)",
        r"hat mich (?:an sie |an dich )?(?:verwiesen|empfohlen)",
        r"(?:sizi|seni) (?:bana )?(?:tavsiye|oner)\w*", r"je t'ai (?:retrouve|retrouvee) grace a",
        r"(?:mi ha|mi hanno) (?:consigliato|suggerito|parlato)",
    ],
    # --------------------------------------------------------- questions
    "request.advice": [
        r"(?:would|could) you be (?:willing|open|happy) to (?:tell|share|explain|talk|walk)",
        r"what (?:a )?typical (?:day|week|month) (?:looks like|is like)",
        r"(?:ask|know|learn|understand|hear) how you (?:\w+ )?(?:handled|solved|built|approached|"
        r"did|managed|dealt|designed|implemented|chose)",
        r"how did you (?:handle|solve|build|approach|manage|deal|design|implement|choose|decide)",
        r"(?:hacerte|hacerle|fazer|te fazer) (?:unas|algunas|algumas|umas) (?:preguntas|perguntas"
        r")",
        r"(?:poser|vous poser) (?:quelques |une )?questions?", r"(?:einen )?tipp fur mich",
        r"(?:your )?(?:advice|guidance|mentoring|suggestions?)",
        r"(?:eine|ein paar|einige) fragen?", r"une question", r"una pregunta", r"uma pergunta",
        r"(?:your|any) (?:thoughts|insights?|perspective|views|input|experience) (?:on|about|rega"
        r"rding|with)",
        r"(?:a few|a couple(?: of)?|some|few) questions",
        r"(?<!you )(?<!you'd )(?:i )?(?:would |'d )?(?:wanted|want|like|love) to (?:know|ask|lear"
        r"n|understand|hear) (?:\w+ ){0,3}(?:about|regarding|from you|more|your)",
        r"(?:get|got) to know (?:about|more)", r"learn from (?:you|your)", r"excited to know your",
        r"pick your brain", r"(?:any|some|a few) (?:pointers|tips)",
        r"(?:trade|swap|compare) notes (?:on|about)",
        r"(?:can|could|would) you (?:please )?(?:give|share|help|guide|suggest|tell|advise|recomm"
        r"end)",
        r"(?:info|information|details) (?:regarding|about|on)", r"conseils?",
        r"(?:ihren|deinen) rat", r"consejos?", r"conselhos?", r"guidance chahiye",
        r"(?:aapse|apse) (?:kuch )?(?:puchna|poochna|janna)",
        r"help (?:kar|kr) (?:sakte|sakti|do)",
        r"ke baare (?:mein|me) (?:kuch )?(?:puchna|poochna|janna)",
        r"(?:kuch )?(?:puchna|poochna) (?:tha|hai)",
    ],
    # ----------------------------------------------------- generic lines
    "generic.line": [
        r"in kontakt (?:zu )?treten", r"vamos nos conectar", r"formar parte de tu red",
        r"topa conversar", r"(?:kindly|plz|pls) (?:accept|connect)",
        r"(?:would|'d) (?:like|love) to (?:connect|join your network|add you)",
        r"(?:let'?s|lets) (?:connect|stay (?:connected|in touch))",
        r"(?:expand|grow|widen|build) my (?:professional )?network",
        r"(?:looking forward|look forward) to (?:connecting|staying|being)",
        r"(?:happy|glad|nice|great) to connect", r"connect with (?:you|like-minded|professionals)",
        r"similar (?:interests|field|background)", r"same (?:field|industry|domain)",
        r"came across your profile", r"(?:your profile|profile) came up", r"impressive profile",
        r"in your network", r"among your contacts",
        r"(?:hope|hoping) (?:you(?:'re| are)|this (?:message )?finds)", r"just wanted to connect",
        r"want(?:ed)? to connect", r"(?:sir |madam |mam )?please (?:accept|connect)",
        r"connect (?:karna|kar lo|kar lijiye|karo|kijiye)", r"(?:aapse|apse) (?:judna|connect)",
        r"elargir mon reseau", r"netzwerk (?:erweitern|vergrossern)", r"ampliar mi red",
        r"ampliar minha rede", r"vernetzen", r"conectar (?:contigo|con usted|com voce)",
        r"echanger avec vous",
    ],
}  # fmt: skip

# Whole notes made only of these words (plus one name) are a greeting, not a message.
GREETING_WORDS: Final = frozenset(
    [
        "aap", "afternoon", "allez", "amor", "and", "are", "beautiful", "bella", "bello", "bem",
        "bhai", "bonita", "bonjour", "bro", "brother", "ca", "cara", "caro", "cher", "chere",
        "ciao", "comment", "como", "darling", "day", "dear", "di", "didi", "dir", "doing", "es",
        "esta", "estas", "evening", "fine", "friend", "geht", "good", "gorgeous", "guapa", "guapo",
        "hain", "hallo", "handsome", "hello", "hey", "hi", "hii", "hiii", "ho", "hola", "honey",
        "hope", "how", "ihnen", "ji", "kaise", "liebe", "lieber", "linda", "lindo", "maam",
        "madam", "mam", "moin", "morning", "my", "namaskar", "namaste", "new", "nice", "oi", "ok",
        "okay", "ola", "pretty", "querida", "querido", "r", "salut", "schatz", "sir", "sister",
        "sweet", "the", "there", "to", "tudo", "u", "va", "vai", "vous", "well", "wie", "you",
    ]
)  # fmt: skip
# ...and when one of these opens a conversation with a stranger, it is the scam opener.
HOW_ARE_YOU: Final = (
    "how are you", "how r u", "how are u", "how r you", "hope you are fine", "wie geht",
    "comment vas", "como vai", "tudo bem", "como esta", "kaise ho", "kaise hain", "how do you do",
    "como estas", "ca va",
)  # fmt: skip

# Job titles, for "the role" a recruiter or a job seeker names (matched on folded text).
TITLE_NOUNS: Final = (
    r"developers?|engineers?|analysts?|scientists?|architects?|designers?|managers?|consultants?|"
    r"administrators?|admins?|testers?|interns?|internships?|trainers?|writers?|programmers?|spec"
    r"ialists?|executives?|officers?|accountants?|coordinators?|directors?|product owners?|scrum "
    r"masters?|charge(?:e)?s? de [a-z]+|responsables?|devops|sre|sdet|sdes?(?:-?\d)?s?|swes?|qa|r"
    r"ecruiters?|marketers?|strategists?|technicians?|operators?|representatives?|advisors?|lawye"
    r"rs?|nurses?|teachers?|tutors?|lecturers?|professors?|researchers?|assistants?|associates?|l"
    r"eads?|heads?|diseñador(?:a|es)?|disenador(?:a|es)?|[a-z]*(?:leiter|entwickler|berater|ingen"
    r"ieur)(?:in|innen)?|developpeu(?:r|se)s?|ingenieu(?:r|re)s?|chefs? de projet|stagiaires?|alt"
    r"ernants?|entwickler(?:in|innen)?|ingenieur(?:in|e)?|berater(?:in)?|projektleiter(?:in)?|wer"
    r"kstudent(?:in)?|praktikant(?:in)?|desarrollador(?:a|es)?|ingenier[oa]s?|programador(?:a|es)"
    r"?|consultor(?:a|es)?|desenvolvedor(?:a|es)?|engenheir[oa]s?|estagiari[oa]s?|analistas?|cien"
    r"tific[oa]s?|technicien(?:ne)?s?|tecnic[oa]s?|techniker(?:in)?|comptables?|contador(?:a|es)?|"
    r"supervisors?|working students?|estagios?|gerentes?|jefes? de [a-z]+|analyst(?:in|innen)|"
    r"vps?|vice presidents?|cto|cfo|coo|cmo|cpo|ciso|devs?|coders?|teamleit(?:ung|er|erin)|conduc"
    r"teurs? de travaux|chefs? de chantier|"
    r"[a-z]*(?:mechaniker|mechatroniker|elektroniker|techniker)(?:in|innen)?"
)
# Words before a title that belong to it ("Senior Python Developer").
TITLE_MODIFIERS: Final = frozenset(
    [
        ".net", "ai", "analytics", "android", "angular", "application", "applications",
        "assistant", "associate", "automation", "aws", "azure", "back", "backend", "bi", "big",
        "blog", "business", "c#", "c++", "chief", "cloud", "content", "cyber", "data", "deep",
        "devops", "digital", "dotnet", "embedded", "end", "etl", "front", "frontend", "full",
        "fullstack", "gcp", "go", "golang", "graduate", "graphic", "hardware", "head", "hr",
        "informatica", "infrastructure", "ios", "it", "java", "javascript", "jr", "junior",
        "language", "lead", "learning", "machine", "marketing", "mdm", "ml", "mobile", "network",
        "node", "odoo", "oracle", "php", "platform", "power", "principal", "product", "program",
        "project", "python", "qa", "r", "react", "reliability", "research", "ruby", "rust",
        "sales", "salesforce", "sap", "science", "scientist", "security", "senior", "site",
        "software", "solutions", "sql", "sr", "stack", "staff", "system", "systems", "tableau",
        "technical", "test", "trainee", "trainer", "typescript", "ui", "ux", "visual", "web",
        "engineering", "pleno",
    ]
)  # fmt: skip
# A title right after these words is the writer describing themselves, not a role offered.
SELF_WORDS: Final = (
    "we are", "we're", "i am", "i'm", "im", "this is", "my name is", "i work as",
)  # fmt: skip
