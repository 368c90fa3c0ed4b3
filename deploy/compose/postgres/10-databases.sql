-- One database per service (ARCHITECTURE.md: no service reads another's tables), owned by the application role
-- that POSTGRES_USER created. Runs once, when the data volume is empty.
create database budget owner bobine;
create database crew owner bobine;
create database rights owner bobine;
create database distribution owner bobine;
