"""A statement as stored and as the public reads it: saving it from a file, its status, who
may read a draft, its history, the one signatory list, and how long contact details are kept."""
