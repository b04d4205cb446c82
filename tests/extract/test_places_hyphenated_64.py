"""A country whose name is hyphenated (stop 64): "Guinea-Bissau's army" is GNB, not Guinea and Bissau read apart.
Every text is our own."""
import pytest

from etl.extract.geo.countries import find_countries


@pytest.mark.parametrize("text, codes", [
    ("Guinea-Bissau's army said on Monday it had arrested 15 soldiers.", ["GNB"]),
    ("Soldiers tried to seize the presidential palace in Guinea-Bissau on Sunday.", ["GNB"]),
    # guards: hyphenated words that join two names, or a name and a word, stay as they were
    ("The Russia-Ukraine war entered its fourth year.", ["RUS", "UKR"]),
    ("The Saudi-led coalition struck Sanaa.", ["SAU", "YEM"]),
    ("Guinea's army said on Monday it had arrested 15 soldiers.", ["GIN"]),
    ("Equatorial Guinea and Papua New Guinea signed the deal.", ["GNQ", "PNG"]),
])
def test_a_hyphenated_country_name(text, codes):
    assert [m.code for m in find_countries(text)] == codes
