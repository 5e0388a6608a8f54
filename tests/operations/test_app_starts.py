from tests import factories


def test_the_public_page_shows_an_open_statement(client, db):
    factories.open_statement()
    response = client.get("/s/national-guard-letter")
    assert response.status_code == 200
    assert b"U.S. NGOs Denounce" in response.data
