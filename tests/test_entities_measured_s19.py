"""Mechanisms whose gaps the blind sets heldout103-110 showed: two bodies joined by "and", an office
named like a body, a noun's number, member bodies reordered, two towns of one country, a French
"ou", an article spaced off, a road named after a town, an opening "Ou-" in a surname, a nisba with
other vowels, a doctorate dropped on every later mention. Each with a positive case and a trap."""
from __future__ import annotations

import mtcheck

MARK = "Officials meet\n\nPowered by automated translation\n\n"


def _gating(body: str, mark: str = MARK) -> list[tuple[str, str, str]]:
    return [(f.rule, f.severity, f.text) for f in mtcheck.check(mark + body).findings
            if f.severity in ("error", "warning")]


def _rules(body: str) -> list[str]:
    return [r for r, _, _ in _gating(body)]


def test_a_university_joined_by_and_to_an_agency_is_its_own_body():
    body = ("The ministry formed a committee with the Public Agency for Civil Information and Kuwait University "
            "to watch the accounts.\n\nShe said the Kuwaiti University will lend its experts.")
    assert ("org-variant", "warning", "Kuwaiti University") in _gating(body)


def test_a_field_after_and_stays_in_the_name():
    body = ("The Directorate of Health and Medical Services opened a clinic.\n\n"
            "The Directorate of Health and Medical Services said the clinic will serve 3,000 families.")
    assert "org-variant" not in _rules(body)


def test_a_commissioner_apposed_to_a_name_is_an_office_not_a_body():
    body = ("The governor honoured the students at the Regional Commissariat for Education in Sfax, in the "
            "presence of the Regional Commissioner for Education, Mr. Anwar Kallel, and the parents.")
    assert "org-variant" not in _rules(body)


def test_one_noun_singular_for_plural_anywhere_in_a_long_name():
    body = ("The work is done with the Ministry of Construction, Housing, Municipalities and Public Works.\n\n"
            "The samples go to the laboratories of the Ministry of Construction, Housing, Municipality and "
            "Public Works, the mayor said.")
    assert ("org-variant", "warning", "Ministry of Construction, Housing, Municipality and Public Works") \
        in _gating(body)


def test_a_union_of_members_reordered_whole_is_english():
    body = ("The Arab Writers Union held its congress in Aleppo.\n\n"
            "The head of the Union of Arab Writers opened the session.")
    assert "org-variant" not in _rules(body)


def test_a_union_reordered_around_its_adjectives_is_garbled():
    body = ("Doctors affiliated to the Tunisian General Labour Union went on strike.\n\n"
            "The Tunisian General Union of Labour called for talks.")
    assert ("org-variant", "warning", "Tunisian General Union of Labour") in _gating(body)


def test_two_towns_of_one_country_are_not_one_place():
    body = ("The road links Sohar with Ibri in Al Dhahirah Governorate.\n\n"
            "A separate project near Ibra in North Al Sharqiyah Governorate will start next year.")
    assert "place-variant" not in _rules(body)


def test_french_ou_written_as_w_after_a_vowel():
    body = ("The governorates of Kairouan and Kasserine recorded the lowest rates.\n\n"
            "The minister promised a programme of support, starting with Kairawan and the delegation of Sbeitla.")
    assert ("place-variant", "error", "Kairawan") in _gating(body)


def test_an_article_spaced_off_before_a_lower_case_noun():
    body = ("The road connects Erbil with the Al-Kuwair subdistrict, officials said.\n\n"
            "Police will deploy at the entrance of the Al Kuwair market.")
    assert ("place-variant", "warning", "Al Kuwair") in _gating(body)


def test_a_road_named_after_a_town_respelled():
    body = ("Patrols were deployed in Jahra, Fahaheel and Mangaf.\n\n"
            "Traffic was slow on the Fahahil Expressway in the morning.")
    assert ("place-variant", "error", "Fahahil") in _gating(body)


def test_an_opening_ou_written_with_a_vowel_after_it():
    body = ("The minister received the president of the federation, Rachid Oulhadj, and the players.\n\n"
            "For his part, Rachid Ouelhadj stated that the team prepared in two camps.")
    assert ("name-variant", "error", "Ouelhadj") in _gating(body)


def test_a_nisba_with_other_vowels_is_another_family():
    wire = "KUWAIT (Reuters) - "
    body = ("Acting president Fahad al-Rashidi opened the campus. Rashidi said 28,000 students would attend.\n\n"
            "He took over after his predecessor, Dr. Fahad al-Rashed, was appointed minister. Rashed said "
            "the government would fund the places.")
    assert _gating(wire + body, mark="Campus opens\n\n") == []


def test_every_later_mister_after_a_doctor_is_flagged():
    body = ("The Director General of Civil Aviation, Dr. Rami Haddad, attended the ceremony.\n\n"
            "Mr. Rami Haddad said the airport received seven million passengers.\n\n"
            "Mr. Haddad confirmed that the directorate will coordinate with customs.")
    found = [t for r, _, t in _gating(body) if r == "rank-change"]
    assert found == ["Mr. Rami Haddad", "Mr. Haddad"]


def test_a_qualitative_leap_is_style_not_a_gating_calque():
    body = "The minister said the new power link is a qualitative leap for the grid in the south."
    findings = [(f.rule, f.severity) for f in mtcheck.check(MARK + body).findings if f.rule == "mistranslation"]
    assert findings == [("mistranslation", "info")]


def test_a_force_named_in_the_singular_without_its_country():
    body = ("Beirut - The Lebanese Internal Security Forces arrested a gang today.\n\n"
            "The Internal Security Force added that drugs were seized.")
    assert ("org-variant", "warning", "Internal Security Force") in _gating(body)


def test_a_force_without_its_country_is_its_short_form():
    body = ("Beirut - The Lebanese Internal Security Forces arrested a gang today.\n\n"
            "The Internal Security Forces added that drugs were seized.")
    assert "org-variant" not in _rules(body)
