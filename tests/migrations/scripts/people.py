"""Made-up signatories, the same for every fixture database: organization names in Spanish,
English, French, German, Russian, Arabic, Chinese and Japanese, with places and contacts."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = (
    "Red",
    "Centro",
    "Coalición",
    "Alliance",
    "Network",
    "Fundación",
    "Comité",
    "Institute",
    "Colectivo",
    "Asociación",
    "Council",
    "Observatorio",
)
TOPICS = (
    "por los Derechos Humanos",
    "for Migrant Justice",
    "de Apoyo al Migrante",
    "for Refugee Rights",
    "Frontera Digna",
    "for Border Solidarity",
    "Jesuita con Migrantes",
    "de Mujeres Migrantes",
    "for Asylum Seekers",
    "Niñez sin Fronteras",
    "for Humane Borders",
    "de Defensoras Comunitarias",
)
PLACES = (
    ("Tijuana", "Baja California", "México"),
    ("Ciudad Juárez", "Chihuahua", "México"),
    ("Tapachula", "Chiapas", "México"),
    ("El Paso", "TX", "United States"),
    ("Tucson", "AZ", "United States"),
    ("San Diego", "CA", "United States"),
    ("Ciudad de Guatemala", "", "Guatemala"),
    ("San Pedro Sula", "Cortés", "Honduras"),
    ("San Salvador", "", "El Salvador"),
    ("Genève", "", "Suisse"),
    ("Berlin", "", "Deutschland"),
    ("Madrid", "", "España"),
)
# Names a generator would never make: other scripts, a leading "The", apostrophes, ligatures.
SPECIAL = (
    ("Правозащитный центр «Мемориал»", "Москва", "", "Россия"),
    ("مركز الخليج لحقوق الإنسان", "بيروت", "", "لبنان"),
    ("移民支援ネットワーク", "東京", "", "日本"),
    ("中国劳工通讯", "香港", "", "中国"),
    ("The Border Justice Project", "Washington", "DC", "United States"),
    ("Ärzte für Menschenrechte", "Köln", "NRW", "Deutschland"),
    ("Œuvre d'Entraide Œcuménique", "Lyon", "", "France"),
    ("Ñañu Colectivo Indígena", "Oaxaca", "Oaxaca", "México"),
    ("Asociación Pro Búsqueda de Niñas y Niños Desaparecidos", "San Salvador", "", "El Salvador"),
    ("Kino Border Initiative", "Nogales", "AZ", "United States"),
    ("Hope Border Institute", "El Paso", "TX", "United States"),
    ("Latin America Working Group", "Washington", "DC", "United States"),
    ("Washington Office on Latin America", "Washington", "DC", "United States"),
    ("Centro de Derechos Humanos Fray Matías de Córdova", "Tapachula", "Chiapas", "México"),
    ("Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo", "Ciudad de México", "", "México"),
    ("L'Association des Amis des Migrants", "Montréal", "QC", "Canada"),
)
FIRST = ("Ana", "José", "Łukasz", "Zoë", "María José", "Émile", "Nuño", "Айгуль", "Fatima", "Sakura", "Renée", "Iñaki")
LAST = ("Martínez", "O'Brien", "Núñez", "Müller", "Иванова", "Haddad", "山田", "Øster", "Peña", "García", "Dubois")


@dataclass(frozen=True)
class Person:
    organization: str
    city: str
    region: str
    country: str
    contact_name: str
    email: str
    role: str = "Director"
    website: str = ""
    comment: str = ""


def people(count: int, offset: int = 0) -> list[Person]:
    """`count` distinct signatories; `offset` picks another stretch of the same sequence."""
    found: list[Person] = []
    for number in range(offset, offset + count):
        if number < len(SPECIAL):
            name, city, region, country = SPECIAL[number]
        else:
            n = number - len(SPECIAL)
            kind, topic = KINDS[n % len(KINDS)], TOPICS[(n // len(KINDS) + n) % len(TOPICS)]
            city, region, country = PLACES[(n * 7) % len(PLACES)]
            name = f"{kind} {topic} {city}" if n >= len(KINDS) * len(TOPICS) else f"{kind} {topic}"
        contact = f"{FIRST[number % len(FIRST)]} {LAST[(number * 5) % len(LAST)]}"
        found.append(
            Person(
                organization=name,
                city=city,
                region=region,
                country=country,
                contact_name=contact,
                email=f"firmante{number:03d}@org{number:03d}.example.org",
                role=("Director", "Coordinadora", "Policy Officer", "Президент")[number % 4],
                website=f"https://org{number:03d}.example.org" if number % 3 == 0 else "",
                comment="Firmamos en solidaridad con CAME." if number % 11 == 0 else "",
            )
        )
    return found
