"""Institutional copy (stop 57): later references to an institution already named ("the ministry", "the army",
"the group", "It") speak for it. Every text is our own."""
import pytest

from tests.extract.test_statements_held_out_54 import _speakers


@pytest.mark.parametrize("text, canonical", [
    ("Nine drones were shot down overnight, the Russian Defence Ministry said. The ministry said two more fell near "
     "Kursk.", "Russian Defence Ministry"),
    ("The Israeli military said it struck 20 targets. The army confirmed that three soldiers were wounded.",
     "Israeli military"),
    ("Human Rights Watch said the raids were unlawful. The group said civilians were targeted.", "Human Rights Watch"),
    ("The Kenya National Human Rights Commission said 12 people were shot dead. The commission said police were to "
     "blame.", "Kenya National Human Rights Commission"),
    ("Amnesty International said the verdict was a travesty. The organisation said the court ignored evidence.",
     "Amnesty International"),
    ("The Pakistani army said five militants were killed in Waziristan. It said the operation was continuing.",
     "Pakistani army"),
    ("A UN report said children made up a third of the dead. It said thousands more were wounded.", "UN report"),
])
def test_a_later_description_of_an_institution_speaks_for_it(text, canonical):
    assert _speakers(text)[-1][1] == canonical


@pytest.mark.parametrize("text, canonical", [
    # the noun's own mention is nearer than any name
    ("About 40 members of the Workers' Party marched in Lima. A group of teachers joined them. The group demanded "
     "higher wages.", "group"),
    # a country, a person: nothing a ministry or an army is named by
    ("Russia said the talks had failed. The army said it would press on.", "army"),
    ("Defence Minister Anna Ortiz said the border was calm. The ministry said patrols would continue.", "ministry"),
])
def test_a_description_with_nothing_of_its_kind_named_before_stays_as_it_is(text, canonical):
    assert _speakers(text)[-1][1] == canonical
