"""What coordinators do to the signatures collected: approve, reject, hide, pin, find
duplicates, invalidate in bulk, page through the table and read one signature's history."""
