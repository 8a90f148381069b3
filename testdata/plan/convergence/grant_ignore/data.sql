REVOKE DELETE ON public.todos FROM authenticated;
