"""A user's PETRARCH-format verb dictionary (``--verbs``): reading it, matching its patterns, coding with it."""

from __future__ import annotations

import json

import pytest

from petrel.api import code
from petrel.nlp import load_nlp
from petrel.settings import Options
from petrel.stages.patterns import match_sentence
from petrel.verbs import VerbDictionary, parse_pattern, parse_verb_dictionary

pytestmark = pytest.mark.issue(4)

DICTIONARY = """\
<!-- a small dictionary in PETRARCH's format -->
&TIES
+DIPLOMATIC TIES
+RELATIONS

--- RESTORE  [064] ---
RESTORE    # the block's verbs
REESTABLISH
- NOT * &TIES  [112]   # refusing to restore them
- * &TIES  [064]

--- ACCUSE  [112] ---
ACCUSE
- * + OF SPYING [1121]

--- VISIT  [032:033] ---
VISIT
TRAVEL [---]

--- EXTRADITE  [174] ---
EXTRADITE
- + WAS_ * TO_ ^ FROM $  [174]

--- POSTPONE [191] ---
POSTPONE
- % HAVE * [191]

--- BREAK  [---] ---
BREAK {BROKE BROKEN}
+BREAK_OFF {+BROKE_OFF +BROKEN_OFF}  [195]
"""


def dictionary() -> VerbDictionary:
    return parse_verb_dictionary(DICTIONARY.splitlines(), "my.verbs")


def matches(sentence: str) -> list[tuple[str, str | None]]:
    return [(m.token.text, m.code) for m in match_sentence(load_nlp()(sentence), dictionary())]


def test_reading_blocks_synsets_forms_and_codes() -> None:
    verbs = dictionary()
    assert [block.name for block in verbs.blocks] == ["RESTORE", "ACCUSE", "VISIT", "EXTRADITE", "POSTPONE", "BREAK"]
    assert verbs.synsets["ties"] == [("diplomatic", "ties"), ("relations",)]
    assert {verbs.code_of(e) for e in verbs.entries_for("reestablished")} == {"064"}
    assert [verbs.code_of(e) for e in verbs.entries_for("travelled")] == []  # "travel" + "ed": not generated
    assert [verbs.code_of(e) for e in verbs.entries_for("travels")] == [None]  # its own [---]: no event
    assert {e.words for e in verbs.entries_for("broke")} == {("break",), ("break", "off")}
    assert verbs.problems == []


def test_underscores_join_words_and_the_words_before_the_verb_are_read_outwards() -> None:
    pattern = parse_pattern("SAID WOULD_*_TALKS [102]", VerbDictionary())
    assert [(e.value, e.joined) for e in pattern.before] == [("would", True), ("said", False)]
    assert [(e.value, e.joined) for e in pattern.after] == [("talks", True)]
    assert parse_pattern("- * FROM $ [174]".lstrip("- "), VerbDictionary()).after[-1].kind == "source"


def test_unreadable_lines_are_reported_with_file_and_line_and_the_rest_is_loaded() -> None:
    lines = ["--- CHIDE [131] ---", "CHIDE", "- * &UNDEFINED [132]", "- * HARSHLY", "- * SHARPLY [130]"]
    verbs = parse_verb_dictionary(lines, "my.verbs")
    assert [p[:26] for p in verbs.problems] == ["[E022] my.verbs, line 3: s", "[E022] my.verbs, line 4: a"]
    assert [p.code for p in verbs.blocks[0].patterns] == ["130"]


def test_the_most_specific_matching_pattern_codes_the_verb() -> None:
    assert matches("Arnor restored diplomatic ties with Gondor.") == [("restored", "064")]
    assert matches("Arnor did not restore relations with Gondor.") == [("restore", "112")]
    assert matches("Arnor restored order in the capital.") == [("restored", "064")]  # no pattern: the block's code
    assert matches("Arnor broke off relations with Gondor.") == [("broke", "195")]
    assert matches("The talks broke down.") == [("broke", None)]  # BREAK alone codes no event


def test_pattern_role_marks_decide_source_and_target() -> None:
    [match] = match_sentence(load_nlp()("Gollum was extradited to Gondor from Mordor."), dictionary())
    assert (match.code, [t.text for t in match.targets], [t.text for t in match.sources]) == \
        ("174", ["Gollum"], ["Mordor"])


OPTIONS = Options(verb_files=("my.verbs",))


@pytest.fixture
def verbs_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my.verbs").write_text(DICTIONARY, encoding="utf-8")
    return tmp_path / "my.verbs"


def test_coding_with_a_user_dictionary_follows_its_codes_and_petarchs_conventions(verbs_file) -> None:
    coded = code("France restored diplomatic ties with Iran on Monday.", "2024-05-16", options=OPTIONS)
    assert [(e.type, e.cameo, e.source[0].country, e.target[0].country) for e in coded] == \
        [("COOPERATE", "064", "FRA", "IRN")]
    # A code "A:B" is coded both ways; a compound subject gives one event per member.
    visit = code("The presidents of Kenya and Uganda visited France.", "2024-05-16", options=OPTIONS)
    assert sorted((e.cameo, e.source[0].country, e.target[0].country) for e in visit) == \
        [("032", "KEN", "FRA"), ("032", "UGA", "FRA"), ("033", "FRA", "KEN"), ("033", "FRA", "UGA")]
    # A compound marked "%" acts on each of its members.
    postponed = code("Egypt and Israel have postponed the meeting.", "2024-05-16", options=OPTIONS)
    assert sorted((e.source[0].country, e.target[0].country) for e in postponed) == [("EGY", "ISR"), ("ISR", "EGY")]
    # Verbs the dictionary lacks are not coded, whatever petrel's own lexicon says.
    assert code("Russian troops shelled the Ukrainian city of Kharkiv.", "2024-05-16", options=OPTIONS) == []


def test_cli_code_and_eval_take_verb_dictionaries(verbs_file, run_cli, write_file) -> None:
    result = run_cli("code", "-", "--verbs", str(verbs_file), "--format", "jsonl",
                     input="France restored diplomatic ties with Iran.")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["cameo"] for line in result.stdout.splitlines()] == ["064"]
    bad = write_file("bad.verbs", DICTIONARY + "\n--- SPY [---] ---\nSPY\n- * ON + \n")
    result = run_cli("code", "-", "--verbs", str(bad), "--format", "jsonl",
                     input="France restored diplomatic ties with Iran.")
    assert result.exit_code == 0
    assert "bad.verbs, line 34: a pattern needs a [code]" in result.stderr
    gold = write_file("gold.jsonl", json.dumps({"text": "France restored diplomatic ties with Iran.", "events": [
        {"event": "COOPERATE", "actor": [{"code": "FRA"}], "recipient": [{"code": "IRN"}]}]}) + "\n"
        + json.dumps({"text": "Russian troops shelled Kharkiv.", "events": [{"event": "ASSAULT"}]}) + "\n")
    result = run_cli("eval", str(gold), "--verbs", str(verbs_file), "--format", "json")
    scores = json.loads(result.stdout)
    assert (scores["micro"]["precision"], scores["micro"]["recall"]) == (1.0, 0.5)
    assert scores["field_accuracy"]["target_country"] == 1.0


PETRARCH_ACTORS = """\
<!-- actors in PETRARCH's format -->
DENMARK  [DNK]
+DANISH
+ZEALAND   # an island
GOLLUM  # dated codes
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
THE_SHIRE  [FRO/BIL]
ISILDUR  [+++]
BROKEN [USAGOV 2020-13]
"""


def test_actor_dictionaries_in_petrarchs_format_are_read_as_they_are(write_file) -> None:
    from datetime import date

    from petrel.actors import load_actors

    path = write_file("validate.actors", PETRARCH_ACTORS)
    actors = load_actors((str(path),))
    assert [(e.country, e.name) for e in actors.phrases["zealand"]] == [("DNK", "Denmark")]  # replaces NZL
    assert [(e.country, e.sector) for e in (actors.resolve("Smeagol", date(1994, 1, 1)),
                                            actors.resolve("Smeagol", date(1997, 1, 1)),
                                            actors.resolve("Smeagol", date(2003, 1, 1)))] == \
        [("HOB", None), ("HOB", "GOV"), ("HOB", "REB")]
    assert sorted(e.country for e in actors.phrases["the shire"]) == ["BIL", "FRO"]  # a compound actor
    assert "isildur" not in actors.phrases  # a code that is no actor
    assert [p[:40] for p in actors.problems] == [f"[E016] {path}, line 12: cannot read"[:40]]


def test_coding_with_petrarch_actors_codes_the_fictional_world(write_file) -> None:
    path = write_file("validate.actors", PETRARCH_ACTORS + "GONDOR [GON]\n+MINAS_TIRITH\n")
    [event] = code("Smeagol attacked Minas Tirith on Monday.", "1997-03-04", options=Options(actor_files=(str(path),)))
    assert (event.type, event.source[0].country, event.source[0].sector, event.target[0].country) == \
        ("ASSAULT", "HOB", "GOV", "GON")


def test_dictionary_patterns_match_inside_each_sentence_of_a_story(verbs_file) -> None:
    story = ("Talks were held in Geneva on Monday. Officials said France did not restore relations with Iran. "
             "Iran restored diplomatic ties with Oman.")
    coded = code(story, "2024-05-16", options=OPTIONS)
    assert [(e.cameo, e.source[0].country, e.target[0].country) for e in coded] == \
        [("112", "FRA", "IRN"), ("064", "IRN", "OMN")]


def test_agent_lines_in_petrarchs_format_give_sectors_with_substitutions_and_plurals(write_file) -> None:
    from petrel.actors import load_actors

    path = write_file("my.agents", "!PERSON! = MAN, MEN, WOMAN\nCONGRESS!PERSON! [~LEG]\n"
                                   "HARBOUR_PILOT {HARBOUR_PILOTS} [~BUS]\nREFUGEE_ [~REF]\nCHAPLAIN [~RELMED]\n")
    agents = load_actors((str(path),)).agents
    assert {p: agents[p] for p in ("congressman", "congressmen", "congresswoman", "harbour pilot",
                                   "harbour pilots", "refugees", "chaplain")} == {
        "congressman": ("LEG", None), "congressmen": ("LEG", None), "congresswoman": ("LEG", None),
        "harbour pilot": ("BUS", None), "harbour pilots": ("BUS", None), "refugees": ("REF", None),
        "chaplain": ("REL", "JRN")}


def test_bad_dictionary_files_are_named_and_skipped(run_cli, write_file) -> None:
    binary = write_file("model.bin", b"\x00\x01\x02PK\x03\x04" * 100)
    latin = write_file("latin.verbs", "--- ACCUSE [112] ---\nACCUSE\n- * CAF\xc9 [112]\n".encode("latin-1"))
    empty = write_file("notes.txt", "just some notes\nno blocks here\n")
    result = run_cli("code", "-", "--actors", str(binary), "--verbs", str(latin), "--verbs", str(empty),
                     input="France accused Iran of spying.")
    assert result.exit_code == 2
    assert "model.bin: this is a binary file, not a dictionary" in result.stderr
    assert "latin.verbs: could not decode the text" in result.stderr
    assert "notes.txt: no verb block found" in result.stderr
    assert "none of the --verbs files holds a verb block" in result.stderr
    # A good verb dictionary beside the bad actor file: coding goes on with the bundled actors.
    good = write_file("good.verbs", DICTIONARY)
    result = run_cli("code", "-", "--actors", str(binary), "--verbs", str(good), "--format", "jsonl",
                     input="France restored diplomatic ties with Iran.")
    assert result.exit_code == 0 and "model.bin: this is a binary file" in result.stderr
    assert [json.loads(line)["target"][0]["country"] for line in result.stdout.splitlines()] == ["IRN"]


def test_a_compound_actor_stands_for_each_member_and_an_ambiguous_name_does_not(write_file) -> None:
    path = write_file("validate.actors", PETRARCH_ACTORS + "GONDOR [GON]\n")
    [event] = code("The Shire attacked Gondor.", "2000-01-01", options=Options(actor_files=(str(path),)))
    assert [a.country for a in event.source] == ["FRO", "BIL"]
    # "China" has rows of two countries in the bundled dictionaries, but no compound code: one actor.
    [event] = code("China attacked Gondor.", "2000-01-01", options=Options(actor_files=(str(path),)))
    assert [a.country for a in event.source] == ["CHN"]


def test_a_pattern_with_many_gaps_gives_up_on_a_run_on_sentence_instead_of_searching_for_ever() -> None:
    # Without a bound, "* ^ ^ ^ ^ TOWN_MAN" tries every way of placing four noun phrases among 150.
    verbs = parse_verb_dictionary(["--- ACCUSE [112] ---", "ACCUSE", "- * ^ ^ ^ ^ TOWN_MAN [113]"], "my.verbs")
    text = "The officials accused " + ", ".join(f"the man number {i}" for i in range(150)) + " and the town."
    assert [(m.token.text, m.code) for m in match_sentence(load_nlp()(text), verbs)] == [("accused", "112")]


def test_a_negation_the_pattern_codes_is_not_counted_again_as_factuality(verbs_file) -> None:
    coded = code("Iran did not restore relations with Oman. France did not restore order in Paris.", "2024-05-16",
                 options=OPTIONS)
    # "NOT * &TIES [112]" codes Iran's refusal, which happened; restoring order (the block's own code) did not.
    assert [(e.cameo, e.factuality) for e in coded] == [("112", "asserted"), ("064", "negated")]


def test_one_event_per_coded_pair_however_many_phrases_code_it(verbs_file) -> None:
    coded = code("Ministers and officials of France restored diplomatic ties with Iran.", "2024-05-16", options=OPTIONS)
    assert [(e.cameo, e.source[0].country, e.target[0].country) for e in coded] == [("064", "FRA", "IRN")]


MODAL_DICTIONARY = """\
&GENINT
+GENEVA
+INTERNATIONAL

--- SHOULD  [101] ---
SHOULD
- SUGGESTED + * DEMAND_&GENINT_CONVENTIONS  [161]

--- DEMAND  [100] ---
DEMAND
"""


def test_a_modal_codes_through_its_patterns_only_and_takes_its_main_verb() -> None:
    verbs = parse_verb_dictionary(MODAL_DICTIONARY.splitlines(), "my.verbs")

    def matched(sentence: str) -> list[tuple[str, str | None]]:
        return [(m.token.text, m.code) for m in match_sentence(load_nlp()(sentence), verbs)]

    # The pattern reads the words after the modal's main verb; "demand", taken by it, is no event of its own.
    assert matched("France suggested that Iran should demand international conventions.") == [("should", "161")]
    # No pattern matching, the modal codes nothing (its bare code would code every "should"); the verb does.
    assert matched("Iran should demand money.") == [("demand", "100")]


def test_a_pattern_that_makes_the_clause_subject_its_target_takes_the_source_from_the_clause_above(
        tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "modal.verbs").write_text(MODAL_DICTIONARY, encoding="utf-8")
    [event] = code("France suggested that Iran should demand Geneva conventions.", "2024-05-16",
                   options=Options(verb_files=("modal.verbs",)))
    assert (event.cameo, event.source[0].country, event.target[0].country) == ("161", "FRA", "IRN")


def test_a_passive_without_a_doer_keeps_its_subject_as_the_source_as_petrarch_does(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "passive.verbs").write_text("--- CRITICIZE [111] ---\nCRITICIZE\n", encoding="utf-8")
    options = Options(verb_files=("passive.verbs",))
    [event] = code("Iran was criticized over its dispute with Oman.", "2024-05-16", options=options)
    assert (event.source[0].country, event.target[0].country) == ("IRN", "OMN")
    # A "by" names the doer: the subject is the target.
    [event] = code("Iran was criticized by Oman.", "2024-05-16", options=options)
    assert (event.source[0].country, event.target[0].country) == ("OMN", "IRN")


def test_a_skip_right_after_a_pattern_word_takes_the_rest_of_that_noun_phrase() -> None:
    verbs = parse_verb_dictionary(["--- WARN [160] ---", "WARN", "- * THEIR ^ ABOUT + [162]"], "warn.verbs")
    [match] = match_sentence(load_nlp()("Iran warned their Gulf allies about Israel."), verbs)
    # "their" is the pattern's word, "Gulf allies" what is left of its phrase: the pattern matches.
    assert (match.code, [t.text for t in match.targets]) == ("162", ["Israel"])
    # A phrase not begun by the word is still skipped only whole.
    [match] = match_sentence(load_nlp()("Iran warned the allies about Israel."), verbs)
    assert match.code == "160"
