INSERT INTO labels VALUES (1, 'b', 'B'), (2, 'A', 'a');
