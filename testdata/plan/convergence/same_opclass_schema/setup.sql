-- An operator class of public (a copy of text_ops) for the keys below.
CREATE OPERATOR CLASS public.my_text_ops FOR TYPE text USING btree AS
    OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
    FUNCTION 1 bttextcmp(text, text);
