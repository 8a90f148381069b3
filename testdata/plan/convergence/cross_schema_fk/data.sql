INSERT INTO public.customers VALUES (1); INSERT INTO billing.invoices VALUES (1, 1);
