"""The statements every fixture database holds, as the Markdown files `flask statements import`
reads (the same format since 0001): the joint letter of 27 June 2019 with its footnotes and
three categories, and a Spanish statement from Urgent Action 93/19 with its two addressees."""

from __future__ import annotations

JOINT_SLUG = "ngos-denounce-national-guard-actions"
URGENT_SLUG = "accion-urgente-guardia-nacional"
DRAFT_SLUG = "carta-borrador-albergues"

JOINT_LETTER = """---
title: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border
slug: ngos-denounce-national-guard-actions
language: en
date: 2019-06-27
deadline: 2030-06-30
timezone: America/New_York
closing: Signed,
contact_email: coalition@lawg.example.org
categories:
  - National Organizations
  - State and Local Organizations
  - International Organizations
background: |
  On June 23, 2019, National Guard members approached the building of a migrant shelter,
  Centro de Atención al Migrante Exodus (CAME), in Agua Prieta, Sonora.[^bg]

  [^bg]: Account given by CAME staff to the coalition, 24 June 2019.
---
The undersigned organizations are gravely concerned by the recent actions of the Mexican National
Guard in migration enforcement efforts at the U.S.-Mexico border. Following the agreement that the
United States and Mexico reached on June 7, 2019, the Mexican government agreed to the deployment of
6,000 National Guard members, in particular to Mexico’s southern border with Guatemala.[^1] Since
then, the Mexican government confirmed the deployment of an additional 15,000 National Guard members
to the U.S.-Mexico border.[^2] We have observed the insertion of these security forces into migration
enforcement activities in Mexico with increasing alarm as their roles, responsibilities, and
coordination with Mexico’s National Migration Institute (INM) agents are not clear.

On June 23, 2019, National Guard members approached the building of a migrant shelter, Centro de
Atención al Migrante Exodus (CAME), in Agua Prieta, Sonora, to respond to reports of an armed
individual outside of the facility. When shelter staff told him it was not possible to provide this
information, he followed up with more questions about the mission and funding sources of the
organization. CAME staff established contact with Mexico’s National Human Rights Commission (CNDH)
as the incident was going on.

We urge the Mexican government to:

1. clarify the role of the National Guard with respect to migration enforcement activities;
2. not condone any activity that serves to criminalize human rights defenders;
3. respect the rights of individuals to the freedom of movement and the right to seek international
   protection in the United States or in Mexico.

[^1]: United States Department of State, “U.S.-Mexico Joint Declaration”, 7 June 2019. https://www.state.gov/u-s-mexico-joint-declaration/
[^2]: AFP, “15 mil elementos de la Guardia Nacional impedirán el cruce de migrantes hacia EU”, Animal Político, 24 de junio 2019. http://bit.ly/2xfX610
"""

URGENT_ACTION = """---
title: "Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes"
slug: accion-urgente-guardia-nacional
language: es
date: 2019-07-03
deadline: 2030-08-15 18:00
timezone: America/Mexico_City
salutation: "Señor Presidente, Señora Embajadora:"
closing: Atentamente,
contact_email: accion-urgente@amnistia.example.org
addressees:
  - name: Andrés Manuel López Obrador
    title: Presidente Constitucional de los Estados Unidos Mexicanos
    organization: Presidencia de la República
    address: |
      Palacio Nacional, Edificio 10, Planta baja
      Colonia Centro, Delegación Cuauhtémoc
      CP 06060 Ciudad de México, México
    twitter: "@lopezobrador_"
  - name: Martha Bárcena Coqui
    title: Embajadora
    organization: Embajada de México en los Estados Unidos
    address:
      - 1911 Pennsylvania Avenue NW
      - Washington DC 20006
    phone: "+1 202 728 1600"
    email: mexembusa@sre.example.org
    twitter: "@Martha_Barcena"
categories:
  - Organizaciones de México
  - Organizaciones de Centroamérica
  - Organizaciones internacionales
background: |
  El 30 de mayo de 2019, el presidente de los Estados Unidos anunció un arancel del 5 % a todos
  los bienes procedentes de México.[^a] Según el ACNUR, entre 400 000 y 500 000 personas entran
  cada año de forma irregular por la frontera sur de México.

  [^a]: Amnistía Internacional, Acción Urgente 93/19, AMR 41/0626/2019.
---
Me han informado de que el 23 de junio de 2019 seis elementos de la Guardia Nacional intentaron
allanar, sin orden judicial ni causa legal, el albergue para migrantes Centro de Atención al Migrante
Exodus (CAME) en Agua Prieta, Sonora.[^1] También hostigaron a los defensores y defensoras de
derechos humanos que trabajan allí.

Le insto a:

- ordenar que la Guardia Nacional deje de inmediato las funciones relacionadas con la migración;
- garantizar la protección de todos los derechos de las personas migrantes y solicitantes de asilo
  en territorio mexicano, y de quienes las defienden.

[^1]: La Guardia Nacional fue desplegada el 6 de junio de 2019 con 6 000 elementos en la frontera sur.
"""

# A third statement, still a draft, read by its team and through the review link (0004 on).
DRAFT_LETTER = """---
title: "Borrador: carta sobre la protección de los albergues"
slug: carta-borrador-albergues
language: es
deadline: 2030-12-31
timezone: America/Mexico_City
status: draft
categories:
  - Albergues
  - Redes
---
Las organizaciones firmantes pedimos que ningún agente entre en un albergue sin orden judicial.[^1]

[^1]: Texto de trabajo para la red de albergues.
"""
