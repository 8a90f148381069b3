INSERT INTO public.misc VALUES ('7f1d2a9e-0c1b-4a8e-9d3f-2b6c5e4a1f00', '{"a": 1}', 't', '2024-03-01 12:00+00', 42, '10.0.0.0/8', '{"b": [1]}');
