-- An undeclared function in the exclusive schema: planned for drop. An
-- overload of the declared one is another function, dropped too.
CREATE FUNCTION public.undeclared() RETURNS int LANGUAGE sql AS 'SELECT 2';
CREATE FUNCTION public.declared(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
