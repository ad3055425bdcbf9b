-- A migration this Carato does not know: stands for a register upgraded by a newer Carato.
CREATE TABLE register_future (id INT PRIMARY KEY);
