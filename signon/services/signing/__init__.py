"""What a signer does: signing, confirming through the emailed link, and looking after the
signature afterwards ("this wasn't me", withdraw, correct)."""
