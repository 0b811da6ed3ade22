"""The note reader: each category with real-style examples, what it quotes, what it names."""

from __future__ import annotations

import pytest
from linkvet.core.notes import CATEGORIES, STANCES, read_note


@pytest.mark.parametrize(
    ("note", "category", "stance"),
    [
        # personal context: checkable, accepted on its own
        ("Hi Lena, we worked together at Fabrikam on the billing rewrite.", "personal", "accept"),
        ("Omar Haddad suggested I get in touch about your data team.", "personal", "accept"),
        ("Fellow NIT Surat alumnus here, 2012 batch!", "personal", "accept"),
        ("Hi Mara, it's Jonas from the Contoso payments team, you onboarded me back in 2018!",
         "personal", "accept"),
        ("C'est Chloé, je t'ai retrouvée grâce à Malik, on était en stage ensemble.",
         "personal", "accept"),
        # a context the writer is unsure of is not checkable yet
        ("hi i think we worked together?? at fabrikam maybe?", "personal", "ask"),
        ("I read your paper on index compression, the benchmarks helped a lot.", "personal",
         "accept"),
        ("Hi, I'm admitted to the MS programme at TU Delft for fall 25 and wanted to know "
         "about the thesis tracks.", "personal", "accept"),
        # events
        ("Great meeting you at the Nordic Data Summit in Oslo yesterday!", "event", "accept"),
        ("Nous nous sommes rencontrés au meetup Rust Lyon mardi.", "event", "accept"),
        ("We met at a conference once, I think.", "event", "ask"),
        # the event named right after where they met, in any language
        ("Te vi no palco da DevFest Recife falando de testes, mandou bem!", "event", "accept"),
        ("Coincidimos en el taller de Figma de Acme Labs el sábado.", "event", "accept"),
        ("Would you be a judge at our student hackathon in May?", "event", "ask"),
        # job seekers
        ("I applied for the QA Engineer opening at your company last week.", "candidate",
         "accept"),
        ("Sir please refer me for any job, I am a fresher.", "candidate", "ask"),
        # recruiters, from concrete to blast
        ("Hi, I'm hiring a Site Reliability Engineer at Northwind Traders, Austin. Interested?",
         "recruiter", "role"),
        ("We have an opening for a Java Developer in Chennai, let me know if interested.",
         "recruiter", "ask"),
        ("Hello, a client needs an expert for a paid 45-minute call ($400/hr) on EV batteries.",
         "recruiter", "ask"),
        # a recruiter naming a role keeps being one whatever product words the job has
        ("Soy reclutadora en Contoso y buscamos un Responsable de Logística para nuestra "
         "plataforma de Valencia.", "recruiter", "role"),
        ("They'd pay for a 45-min call with someone with your background on cold storage.",
         "recruiter", "ask"),
        # a reporter asking for a quote: plausible, to check
        ("I'm a reporter with a business daily writing about SMEs. Could you spare 15 minutes "
         "for a quick chat, on or off the record?", "generic", "ask"),
        # asking whether the recipient did a bootcamp is not selling one
        ("saw you went from teaching to data analytics, im trying the same switch. did you do a "
         "bootcamp or self teach? would really appreciate any pointers", "generic", "accept"),
        ("Are you looking for a job change? Share your updated resume.", "recruiter", "decline"),
        ("We provide H1B sponsorship and OPT filing; many openings with our clients.",
         "recruiter", "decline"),
        ("Hi, are you available for new projects? Send your hotlist.", "recruiter", "decline"),
        # sales, booking, career services
        ("Hi Tom, we help logistics firms cut fuel costs by 12%. Open to a quick call?", "sales",
         "decline"),
        ("Struggling to get interviews? Our resume writing service gets you noticed. "
         "bit.ly/x1", "sales", "decline"),
        ("You're invited to our exclusive CFO breakfast, seats are limited!", "sales", "decline"),
        ("Wir unterstützen Unternehmen bei der Cloud-Migration. Kurzes Telefonat?", "sales",
         "decline"),
        # spam and scams
        ("Hello dear, how are you?", "spam", "decline"),
        ("Earn $300 a day from home, message me on WhatsApp.", "spam", "decline"),
        ("Guaranteed job in 30 days, just pay a small registration fee.", "spam", "decline"),
        ("I follow back! Let's grow our networks together.", "spam", "decline"),
        # generic lines and stock text
        ("Hi, looking forward to connecting with you!", "generic", "generic"),
        ("Sir please connect kar lijiye", "generic", "generic"),
        ("...", "generic", "generic"),
        ("I'd like to add you to my professional network on LinkedIn.", "stock", "generic"),
        ("", "empty", "none"),
        # a compliment or a shared school is the hook of a cold pitch, not a context
        ("Loved your talk on pricing! Open to a 20-min chat about how we book demos for "
         "SaaS teams?", "sales", "decline"),
        ("Fellow INSEAD alum here. I run an insurance advisory for expats, coffee soon?",
         "sales", "decline"),
        # a worked-together context behind a pitch is still worth a question
        ("We worked together at Contoso. Our agency builds Shopify stores now, want a look?",
         "sales", "ask"),
        # staff at an hourly rate is a staffing pitch; a paid expert call is not
        ("We have pre-vetted React developers available now at $30/hr.", "sales", "decline"),
        # a named person who sent them is checkable even when not right before the verb
        ("Priya Nair from our old Infosys team gave me your name for Kafka questions.",
         "personal", "accept"),
        # a stranger's personal opener
        ("Hello dear, you look so kind. I would like to know you better.", "spam", "decline"),
        # a fellow attendee names the event
        ("fellow KubeCon EU attendee here, the keynote line was endless. lets connect",
         "event", "accept"),
    ],
)  # fmt: skip
def test_categories_and_stances(note: str, category: str, stance: str) -> None:
    reading = read_note(note)
    assert (reading.category, reading.stance) == (category, stance), reading.evidence
    assert reading.category in CATEGORIES and reading.stance in STANCES


def test_a_pitch_is_not_personal_for_a_question_or_the_first_name() -> None:
    reading = read_note(
        "Hi Sarah, we've released a market research report on cloud security. "
        "Would you like a copy? May I have your email?"
    )
    assert reading.category == "sales" and reading.stance == "decline"
    assert 'market research report")' in reading.evidence


@pytest.mark.parametrize(
    "note",
    [
        "We are actively interviewing for several roles. Kindly share your resume.",
        "Greetings from Acme Infotech, an IT Staffing Firm. Reply if you are looking for a job.",
        "I would love to explore potential synergies between our companies.",
        "Our augmentation model gives you senior engineers in a week.",
    ],
)
def test_the_issue_examples_that_used_to_pass_are_declined(note: str) -> None:
    assert read_note(note).stance == "decline", read_note(note).evidence


def test_the_evidence_quotes_the_words_as_written() -> None:
    reading = read_note("Hola Ana, nos conocimos en la Feria de Empleo de Valencia ayer.")
    assert reading.category == "event" and '"nos conocimos"' in reading.evidence
    assert reading.event is not None and "Feria" in reading.event


def test_what_the_note_names_is_kept_for_the_ask_message() -> None:
    reading = read_note("Hi, I'm hiring a Senior Python Developer at Quillon Systems in Pune.")
    assert (reading.role, reading.company) == ("Senior Python Developer", "Quillon Systems")
    assert read_note("Mira Patel mentioned you run the platform team.").person == "Mira Patel"
    assert read_note("Wanted to ask a few questions about IIT Kanpur's MTech").school is not None


def test_an_agency_with_an_unnamed_client_is_not_a_named_company() -> None:
    reading = read_note(
        "We are a recruitment agency with a Data Engineer role for our client in Leeds. "
        "Contact me at jo@agencyfirm.co.uk"
    )
    assert reading.category == "recruiter" and reading.stance == "ask"
    assert reading.company is None and reading.role == "Data Engineer"


@pytest.mark.parametrize(
    ("note", "category"),
    [
        ("Bonjour, j'ai postulé au poste de Data Analyst chez vous.", "candidate"),
        ("Hallo, wir haben 2019 bei Bosch zusammengearbeitet!", "personal"),
        ("Hola, ofrecemos servicios de contabilidad a precios bajos.", "sales"),
        ("Olá! Estamos contratando um Analista de Dados para a Jaguar Pagamentos.", "recruiter"),
        ("Hello sir, kya aapko job chahiye? Resume bhejo.", "recruiter"),
        ("मैं आपको LinkedIn पर अपने पेशेवर नेटवर्क में जोड़ना चाहता हूँ।", "stock"),
    ],
)
def test_languages(note: str, category: str) -> None:
    assert read_note(note).category == category, read_note(note).evidence


def test_untrusted_text_is_read_not_run() -> None:
    hostile = '=HYPERLINK("x") [bold]{0.__class__}</textarea>' * 40
    reading = read_note(hostile)
    assert reading.category in CATEGORIES
    assert read_note(hostile) is reading  # cached: a note is read once
