"""An act told with "also" at a place of its own is one more event, not the one told before ("Clashes were also
reported in Bab Ghaliq", "They also demonstrated in Beit el Wast"), though the gazetteer knows neither place: two
rows, each with its own place. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

MAY_3 = datetime(2020, 5, 3, tzinfo=timezone.utc)


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.location) for e in events_of(text, MAY_3)]


@pytest.mark.parametrize("text, rows", [
    ("On 3 May 2020, government forces repelled an attack by rebels in Al Fajir front (Qaatabah, Ad Dali). Clashes "
     "between the two sides were also reported in Bab Ghaliq, Habil al Ubaydi and Habil al Kalb, killing 5 rebels.",
     [("repelled", "Al Fajir front (Qaatabah, Ad Dali)"),
      ("Clashes", "Bab Ghaliq, Habil al Ubaydi and Habil al Kalb")]),
    ("On 3 May 2020, dozens of teachers demonstrated in front of the ministry in Beirut over unpaid wages. They also "
     "demonstrated in Tal Hayat on the same day.",
     [("demonstrated", "Beirut"), ("demonstrated", "Tal Hayat")]),
])
def test_an_act_told_with_also_elsewhere_is_another(text, rows):
    assert _places(text) == rows


def test_told_again_without_also_it_is_the_same_act():
    # where it took place, told next: the act told before, at the quarter that tells more
    text = ("On 3 May 2020, government forces repelled an attack by rebels in Al Fajir front (Qaatabah, Ad Dali). "
            "The clashes took place in Bab Ghaliq.")
    assert _places(text) == [("repelled", "Bab Ghaliq")]
