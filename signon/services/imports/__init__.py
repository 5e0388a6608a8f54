"""Loading signatories from spreadsheets on the coordinator's word: the CSV format of
Signon, any CSV mapped column by column, and the uploads kept between the two screens."""
