INSERT INTO archive.records VALUES (1, 'old');
