"""Region threshold profiles from resources/thresholds/*.toml: the Guangdong default plus city overrides."""

from __future__ import annotations

import tomllib
from pathlib import Path

from domain.rules import Profile
from server.resources import RESOURCES_DIR

THRESHOLDS_DIR = RESOURCES_DIR / "thresholds"
PROVINCE = "440000"


class ProfileBook:
    """Profiles by region code; a city without its own file uses the provincial default."""

    def __init__(self, directory: Path = THRESHOLDS_DIR) -> None:
        documents = {}
        for path in sorted(directory.glob("*.toml")):
            with path.open("rb") as handle:
                document = tomllib.load(handle)
            region = str(document.get("region", ""))
            if not region:
                raise ValueError(f"{path.name}: a threshold profile must name its region")
            documents[region] = document
        if PROVINCE not in documents:
            raise ValueError(f"{directory}: the provincial default profile ({PROVINCE}) is missing")
        self.default = Profile.from_mapping(documents.pop(PROVINCE))
        self.cities = {region: Profile.from_mapping(doc, base=self.default) for region, doc in documents.items()}

    def for_city(self, city_adcode: str) -> Profile:
        return self.cities.get(city_adcode, self.default)
