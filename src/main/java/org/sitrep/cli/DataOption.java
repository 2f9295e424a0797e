package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.core.InputException;
import org.sitrep.pipeline.Records;
import org.sitrep.pipeline.Workspace;
import org.sitrep.store.Database;
import org.sitrep.store.PostgresAddress;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --data DIR} and {@code --db URL} options every command that opens the data takes. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "sitrep-data",
            description = "Data directory (database and index; only the index with --db); default: ${DEFAULT-VALUE}")
    Path dir;

    @Option(names = "--db", paramLabel = "URL", defaultValue = "${env:SITREP_DB}", converter = AddressConverter.class,
            description = {"A PostgreSQL database as the record instead of the SQLite file in --data, shared by several Sitrep "
                    + "processes (each with its own --data for its search index): postgresql://user:password@host:port/dbname; "
                    + "default: the environment variable SITREP_DB, else SQLite"})
    PostgresAddress db;

    /** Opens the data directory, with the PostgreSQL database if one was given. */
    Workspace open() {
        return db == null ? Workspace.open(dir) : Workspace.open(dir, db);
    }

    /** Opens the database alone, for commands that need no search index. */
    Database database() {
        return db == null ? Database.open(dir) : Database.open(db);
    }

    /** The records alone (database, no index): they admit readers while a server owns the directory's index. */
    Records records() {
        return Records.of(database());
    }

    /** Reads {@code --db}; a bad address is a usage error (exit 2) that names it, its password masked. */
    static final class AddressConverter implements ITypeConverter<PostgresAddress> {
        @Override
        public PostgresAddress convert(String value) {
            try {
                return PostgresAddress.parse(value);
            } catch (InputException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
