from domain import adcodes
from domain.enums import RegionLevel


def test_levels_and_containment() -> None:
    assert adcodes.level_of("440000") is RegionLevel.PROVINCE
    assert adcodes.level_of("440100") is RegionLevel.CITY
    assert adcodes.level_of("440106") is RegionLevel.DISTRICT
    assert adcodes.city_of("440106") == "440100"
    assert adcodes.contains("440000", "440306")
    assert adcodes.contains("440100", "440106")
    assert not adcodes.contains("440100", "440306")
    assert not adcodes.contains("440106", "440100")
    assert adcodes.contains("441900", "441900")
