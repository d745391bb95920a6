"""The questionnaire, derived from the rules: a jurisdiction asks only what its remedies read."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from rules.facts import Fact
from rules.law import Jurisdiction
from rules.vocabulary import Answer, Category, Disposition, DiversionKind, Grade, Level
from rules.waits import WaitByClass


class AnswerType(StrEnum):
    CHOICE = "choice"
    TRI_STATE = "tri_state"
    DATE = "date"
    OFFENSE = "offense"
    # A list of other convictions, each with a date and a level.
    CONVICTIONS = "convictions"


@dataclass(frozen=True, slots=True)
class Question:
    fact: Fact
    answer_type: AnswerType
    text: str
    help: str
    choices: tuple[str, ...] = ()


CATALOGUE: dict[Fact, Question] = {
    q.fact: q
    for q in (
        Question(
            Fact.CATEGORY, AnswerType.CHOICE,
            "What was the charge about?",
            "Pick the closest. 'Selling sex' covers prostitution; 'buying sex' covers patronizing or "
            "soliciting; 'helping or profiting from someone else's sex work' covers promoting or pimping.",
            tuple(Category),
        ),
        Question(
            Fact.DISPOSITION, AnswerType.CHOICE,
            "How did the case end?",
            "A guilty plea counts as a conviction. If you are not sure, choose 'not sure'.",
            tuple(Disposition),
        ),
        Question(
            Fact.OFFENSE, AnswerType.OFFENSE,
            "Which law were you charged under, if you know it?",
            "This is on court papers or your record. You can skip it.",
        ),
        Question(
            Fact.LEVEL, AnswerType.CHOICE,
            "Was it a felony, a misdemeanor, or a violation or ticket?",
            "Court papers or your record say this. Skip it if you do not know.",
            tuple(Level),
        ),
        Question(
            Fact.OFFENSE_DATE, AnswerType.DATE,
            "When were you arrested or charged?",
            "An approximate date is fine if you do not know the exact day.",
        ),
        Question(
            Fact.DISPOSITION_DATE, AnswerType.DATE,
            "When did the case end (conviction, sentence or dismissal)?",
            "Waiting periods often count from this date.",
        ),
        Question(
            Fact.SENTENCE_COMPLETED_DATE, AnswerType.DATE,
            "When did you finish the whole sentence (jail, probation, fines, classes)?",
            "If the sentence was time served or a fine paid that day, use the date the case ended.",
        ),
        Question(
            Fact.TRAFFICKING_NEXUS, AnswerType.TRI_STATE,
            "Did this charge happen because someone forced, tricked or pressured you?",
            "Some laws clear a record when the charge came from being trafficked or exploited. "
            "You do not need proof to answer here, and 'not sure' is a fine answer.",
            tuple(Answer),
        ),
        Question(
            Fact.PENDING_CASE, AnswerType.TRI_STATE,
            "Do you have a criminal case open right now, anywhere?",
            "Many remedies wait until every open case has ended.",
            tuple(Answer),
        ),
        Question(
            Fact.UNDER_SENTENCE, AnswerType.TRI_STATE,
            "Are you on probation or parole, or serving any sentence, right now?",
            "Some remedies wait until every sentence is finished.",
            tuple(Answer),
        ),
        Question(
            Fact.BIRTH_DATE, AnswerType.DATE,
            "What is your date of birth?",
            "Only used to work out how old you were at the time. It is not stored.",
        ),
        Question(
            Fact.GRADE, AnswerType.CHOICE,
            "What class or degree was the charge?",
            "Court papers or your record may say, for example, \"Class B misdemeanor\". Skip it if you do not know.",
            tuple(Grade),
        ),
        Question(
            Fact.RELEASE_DATE, AnswerType.DATE,
            "When were you released from jail or prison for this charge?",
            "If you were not locked up after the conviction, give the date the case ended.",
        ),
        Question(
            Fact.DECLINED_DATE, AnswerType.DATE,
            "When did the prosecutor decide not to charge you?",
            "If you do not know, leave it empty. It is often a few days or weeks after the arrest.",
        ),
        Question(
            Fact.ADJUDICATION_WITHHELD, AnswerType.TRI_STATE,
            "Did the judge withhold adjudication (not find you guilty) after your plea?",
            "Court papers say \"adjudication withheld\" when this happened. \"Not sure\" is a fine answer.",
            tuple(Answer),
        ),
        Question(
            Fact.DIVERSION_KIND, AnswerType.CHOICE,
            "What kind of program was it?",
            "In pretrial diversion you did not plead guilty. In deferred adjudication you pleaded guilty or no "
            "contest, and the judge put off a finding of guilt until you finished.",
            tuple(DiversionKind),
        ),
        Question(
            Fact.PRIOR_RELIEF, AnswerType.TRI_STATE,
            "Has a court ever sealed, expunged or set aside a record of yours before?",
            "Some remedies can be used only once, or once in a number of years.",
            tuple(Answer),
        ),
        Question(
            Fact.PRIOR_RELIEF_DATE, AnswerType.DATE,
            "When was that earlier record sealed, expunged or set aside?",
            "An approximate date is fine.",
        ),
        Question(
            Fact.OTHER_CONVICTIONS, AnswerType.CONVICTIONS,
            "Have you been convicted of anything else, anywhere? List each one with its date.",
            "Many remedies wait until you have had no conviction for some years. Do not list the charges above.",
        ),
    )
}  # fmt: skip


CHOICE_LABELS: dict[str, str] = {
    Category.PROSTITUTION: "Selling sex (prostitution)",
    Category.SOLICITATION: "Buying or offering to pay for sex (patronizing, soliciting)",
    Category.LOITERING_FOR_PROSTITUTION: 'Loitering, standing or walking around "for prostitution"',
    Category.PROMOTING: "Helping or profiting from someone else's sex work (promoting, pimping, keeping a place)",
    Category.UNLICENSED_MASSAGE: "Massage without a license",
    Category.LEWDNESS: "Lewdness, indecent exposure or public indecency",
    Category.QUALITY_OF_LIFE: "Loitering, trespass, disorderly conduct, drug possession or a similar charge",
    Category.TRAFFICKING: "Trafficking",
    Category.OTHER: "Something else",
    Disposition.CONVICTION: "I was convicted or pleaded guilty",
    Disposition.DISMISSAL: "The judge dismissed it, or it was dropped after I went to court",
    Disposition.ACQUITTAL: "I was found not guilty",
    Disposition.NO_CHARGES: "I was arrested, but the prosecutor dropped it before court (never charged)",
    Disposition.DIVERSION_COMPLETED: "I finished a diversion program or deferred sentence",
    Disposition.PENDING: "The case is still open",
    Disposition.UNKNOWN: "Not sure",
    Level.FELONY: "A felony",
    Level.MISDEMEANOR: "A misdemeanor",
    Level.VIOLATION: "A violation, infraction or ticket",
    Level.UNKNOWN: "Not sure",
    Answer.YES: "Yes",
    Answer.NO: "No",
    Answer.UNSURE: "Not sure",
    DiversionKind.PRETRIAL: "Pretrial diversion: I did not plead guilty",
    DiversionKind.DEFERRED_ADJUDICATION: "Deferred adjudication: I pleaded guilty or no contest first",
    DiversionKind.UNSURE: "Not sure",
}
GRADE_LABELS: dict[Grade, str] = {
    grade: (words := grade.words.split(" ", 1)[1])[0].upper() + words[1:] for grade in Grade
}

# What an open question is about, to finish the sentence "It depends on …".
DEPENDS_ON: dict[Fact, str] = {
    Fact.CATEGORY: "what the charge was about",
    Fact.DISPOSITION: "how the case ended",
    Fact.OFFENSE: "which law you were charged under",
    Fact.LEVEL: "whether it was a felony, a misdemeanor or a violation",
    Fact.OFFENSE_DATE: "the date of the arrest or offense",
    Fact.DISPOSITION_DATE: "the date the case ended",
    Fact.SENTENCE_COMPLETED_DATE: "the date you finished the sentence",
    Fact.TRAFFICKING_NEXUS: "whether someone forced, tricked or pressured you into it",
    Fact.PENDING_CASE: "whether you have a criminal case open now",
    Fact.UNDER_SENTENCE: "whether you are on probation or parole or serving a sentence now",
    Fact.BIRTH_DATE: "your age at the time",
    Fact.GRADE: "the class or degree of the charge",
    Fact.RELEASE_DATE: "the date you were released from jail or prison",
    Fact.DECLINED_DATE: "the date the prosecutor decided not to charge you",
    Fact.ADJUDICATION_WITHHELD: "whether the judge withheld adjudication",
    Fact.DIVERSION_KIND: "what kind of diversion program it was",
    Fact.PRIOR_RELIEF: "whether a court has sealed, expunged or set aside a record of yours before",
    Fact.PRIOR_RELIEF_DATE: "the date of that earlier relief",
    Fact.OTHER_CONVICTIONS: "your other convictions and their dates",
}


def fact_of_path(path: str) -> tuple[Fact, int | None]:
    """``charges[2].level`` → (Fact.LEVEL, 2); ``person.pending_case`` → (Fact.PENDING_CASE, None);
    ``person.other_convictions[0].date`` → (Fact.OTHER_CONVICTIONS, None)."""
    if path.startswith("person.other_convictions"):
        return Fact.OTHER_CONVICTIONS, None
    if path.startswith("charges["):
        index_text, _, field = path[len("charges[") :].partition("].")
        return Fact(f"charges[].{field}"), int(index_text)
    return Fact(path), None


@dataclass(frozen=True, slots=True)
class AskedQuestion:
    question: Question
    # The charge categories whose remedies read this fact; empty for the two always asked.
    categories: frozenset[Category]
    remedy_ids: tuple[str, ...]


ALWAYS_ASKED = (Fact.CATEGORY, Fact.DISPOSITION)


def questions_for(jurisdiction: Jurisdiction) -> tuple[AskedQuestion, ...]:
    users: dict[Fact, list[str]] = {}
    categories: dict[Fact, set[Category]] = {}
    for remedy in jurisdiction.remedies:
        for condition in remedy.conditions:
            for fact in condition.needs:
                users.setdefault(fact, [])
                if remedy.id not in users[fact]:
                    users[fact].append(remedy.id)
                categories.setdefault(fact, set()).update(remedy.reaches)
    if jurisdiction.offenses:
        users.setdefault(Fact.OFFENSE, [])
        categories.setdefault(Fact.OFFENSE, set()).update(o.category for o in jurisdiction.offenses)
    asked = [AskedQuestion(CATALOGUE[f], frozenset(), tuple(users.get(f, ()))) for f in ALWAYS_ASKED]
    asked += [
        AskedQuestion(_for(jurisdiction, question), frozenset(categories[fact]), tuple(users[fact]))
        for fact, question in CATALOGUE.items()
        if fact in users and fact not in ALWAYS_ASKED
    ]
    return tuple(asked)


def grades_of(jurisdiction: Jurisdiction) -> tuple[Grade, ...]:
    """The grades the jurisdiction's offenses have and its waits name, in the vocabulary's order."""
    named = {o.grade for o in jurisdiction.offenses if o.grade is not None}
    for remedy in jurisdiction.remedies:
        for condition in remedy.conditions:
            if isinstance(condition, WaitByClass):
                named.update(c for c, _ in condition.table if isinstance(c, Grade))
    return tuple(g for g in Grade if g in named)


def _for(jurisdiction: Jurisdiction, question: Question) -> Question:
    """The grade question offers only the grades the jurisdiction uses."""
    if question.fact is Fact.GRADE:
        return replace(question, choices=grades_of(jurisdiction))
    return question
