INSERT INTO public.invoices VALUES (1, 10.00), (2, 2.50);
