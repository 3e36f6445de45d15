// The registry schema as ordered migrations. A released version is never edited: a change is a new
// migration appended here, with a fixture of the previous version in tests/data/registry/.
#include "core/registry/Database.h"

namespace netdesk {

QList<Migration> Database::schema()
{
    return {
        {1,
         {
             QStringLiteral(
                 "CREATE TABLE patients ("
                 " id INTEGER PRIMARY KEY,"
                 " record_number TEXT NOT NULL UNIQUE,"
                 " family_name TEXT NOT NULL,"
                 " given_name TEXT NOT NULL,"
                 " family_key TEXT NOT NULL," // lower case, for prefix search
                 " given_key TEXT NOT NULL,"
                 " record_key TEXT NOT NULL,"
                 " birth_date TEXT,"
                 " sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),"
                 " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deceased', 'transferred')),"
                 " status_date TEXT,"
                 " created_at TEXT NOT NULL)"),
             // Covering indexes for prefix search: each branch counts and pages from its own index.
             QStringLiteral("CREATE INDEX patients_family_key ON patients (family_key, given_key, record_key)"),
             QStringLiteral("CREATE INDEX patients_given_key ON patients (given_key, family_key, record_key)"),
             QStringLiteral("CREATE INDEX patients_record_key ON patients (record_key, family_key, given_key)"),
             QStringLiteral("CREATE TABLE assessments ("
                            " id INTEGER PRIMARY KEY,"
                            " patient_id INTEGER NOT NULL REFERENCES patients (id),"
                            " assessment_date TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " author TEXT NOT NULL,"
                            " protocol TEXT NOT NULL,"
                            " kb_id TEXT NOT NULL,"
                            " kb_version TEXT NOT NULL,"
                            " kb_sha256 TEXT NOT NULL,"
                            " category TEXT NOT NULL,"
                            " case_json TEXT NOT NULL,"
                            " plan_json BLOB NOT NULL)"), // zlib-compressed plan JSON (qCompress)
             QStringLiteral("CREATE INDEX assessments_patient ON assessments (patient_id, id)"),
             QStringLiteral("CREATE TRIGGER assessments_no_update BEFORE UPDATE ON assessments"
                            " BEGIN SELECT RAISE(ABORT, 'assessments are immutable'); END"),
             QStringLiteral("CREATE TRIGGER assessments_no_delete BEFORE DELETE ON assessments"
                            " BEGIN SELECT RAISE(ABORT, 'assessments are immutable'); END"),
             QStringLiteral(
                 "CREATE TABLE followup_items ("
                 " id INTEGER PRIMARY KEY,"
                 " patient_id INTEGER NOT NULL REFERENCES patients (id),"
                 " assessment_id INTEGER REFERENCES assessments (id),"
                 " item_key TEXT NOT NULL,"
                 " kind TEXT NOT NULL CHECK (kind IN ('labs', 'imaging')),"
                 " tests TEXT NOT NULL,"
                 " interval_months INTEGER NOT NULL CHECK (interval_months > 0),"
                 " periods TEXT NOT NULL," // until-year:months stages of the course, or ''
                 " course_start TEXT,"
                 " due_date TEXT NOT NULL,"
                 " reason TEXT NOT NULL,"
                 " notes TEXT NOT NULL,"
                 " protocol TEXT NOT NULL,"
                 " status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'done', 'cancelled')),"
                 " done_date TEXT,"
                 " cancel_reason TEXT,"
                 " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX followup_status_due ON followup_items (status, due_date)"),
             QStringLiteral("CREATE INDEX followup_patient ON followup_items (patient_id, status, due_date)"),
             QStringLiteral(
                 "CREATE TABLE results ("
                 " id INTEGER PRIMARY KEY,"
                 " patient_id INTEGER NOT NULL REFERENCES patients (id),"
                 " followup_item_id INTEGER REFERENCES followup_items (id),"
                 " kind TEXT NOT NULL CHECK (kind IN ('CGA', '5HIAA', 'NTPROBNP', 'IMAGING')),"
                 " value REAL,"
                 " unit TEXT,"
                 " outcome TEXT CHECK (outcome IN ('response', 'stable', 'progression')),"
                 " result_date TEXT NOT NULL,"
                 " created_at TEXT NOT NULL,"
                 " CHECK ((kind = 'IMAGING' AND outcome IS NOT NULL AND value IS NULL)"
                 "     OR (kind <> 'IMAGING' AND value IS NOT NULL AND unit IS NOT NULL AND outcome IS NULL)))"),
             QStringLiteral("CREATE INDEX results_patient ON results (patient_id, kind, result_date)"),
             QStringLiteral("CREATE TABLE audit_log ("
                            " id INTEGER PRIMARY KEY,"
                            " at TEXT NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " entity TEXT NOT NULL,"
                            " entity_id INTEGER,"
                            " before_json TEXT,"
                            " after_json TEXT,"
                            " prev_hash TEXT NOT NULL,"
                            " hash TEXT NOT NULL)"),
             QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
             // The chain's head: a deleted last entry shows as a head that no longer matches.
             QStringLiteral("CREATE TABLE audit_head (last_id INTEGER NOT NULL, last_hash TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO audit_head (last_id, last_hash) VALUES (0, '')"),
         }},
        // 2: tumour-board meetings. A meeting has attendees and an ordered agenda; each case has the
        // board's decision. Once the meeting is closed nothing in it changes (triggers).
        {2,
         {
             QStringLiteral("CREATE TABLE board_meetings ("
                            " id INTEGER PRIMARY KEY,"
                            " meeting_date TEXT NOT NULL,"
                            " title TEXT NOT NULL,"
                            " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),"
                            " created_at TEXT NOT NULL,"
                            " created_by TEXT NOT NULL,"
                            " closed_at TEXT,"
                            " closed_by TEXT)"),
             QStringLiteral("CREATE TABLE board_attendees ("
                            " id INTEGER PRIMARY KEY,"
                            " meeting_id INTEGER NOT NULL REFERENCES board_meetings (id),"
                            " position INTEGER NOT NULL,"
                            " name TEXT NOT NULL,"
                            " role TEXT NOT NULL,"
                            " UNIQUE (meeting_id, position))"),
             QStringLiteral("CREATE TABLE board_cases ("
                            " id INTEGER PRIMARY KEY,"
                            " meeting_id INTEGER NOT NULL REFERENCES board_meetings (id),"
                            " position INTEGER NOT NULL,"
                            " patient_id INTEGER NOT NULL REFERENCES patients (id),"
                            " assessment_id INTEGER NOT NULL REFERENCES assessments (id),"
                            " status TEXT NOT NULL DEFAULT 'pending'"
                            "  CHECK (status IN ('pending', 'discussed', 'deferred')),"
                            " decision TEXT NOT NULL DEFAULT '',"
                            " chosen TEXT NOT NULL DEFAULT '[]'," // JSON array of therapy codes
                            " decided_at TEXT,"
                            " decided_by TEXT,"
                            " UNIQUE (meeting_id, position),"
                            " UNIQUE (meeting_id, patient_id))"),
             QStringLiteral("CREATE INDEX board_cases_patient ON board_cases (patient_id, meeting_id)"),
             QStringLiteral("CREATE TRIGGER board_meetings_closed BEFORE UPDATE ON board_meetings"
                            " WHEN OLD.status = 'closed'"
                            " BEGIN SELECT RAISE(ABORT, 'the board meeting is closed'); END"),
             QStringLiteral("CREATE TRIGGER board_meetings_no_delete BEFORE DELETE ON board_meetings"
                            " BEGIN SELECT RAISE(ABORT, 'board meetings are kept'); END"),
             QStringLiteral("CREATE TRIGGER board_cases_closed_update BEFORE UPDATE ON board_cases"
                            " WHEN (SELECT status FROM board_meetings WHERE id = OLD.meeting_id) = 'closed'"
                            " BEGIN SELECT RAISE(ABORT, 'the board meeting is closed'); END"),
             QStringLiteral("CREATE TRIGGER board_cases_closed_insert BEFORE INSERT ON board_cases"
                            " WHEN (SELECT status FROM board_meetings WHERE id = NEW.meeting_id) = 'closed'"
                            " BEGIN SELECT RAISE(ABORT, 'the board meeting is closed'); END"),
             QStringLiteral("CREATE TRIGGER board_cases_no_delete BEFORE DELETE ON board_cases"
                            " BEGIN SELECT RAISE(ABORT, 'board cases are kept'); END"),
             QStringLiteral("CREATE TRIGGER board_attendees_closed_insert BEFORE INSERT ON board_attendees"
                            " WHEN (SELECT status FROM board_meetings WHERE id = NEW.meeting_id) = 'closed'"
                            " BEGIN SELECT RAISE(ABORT, 'the board meeting is closed'); END"),
             QStringLiteral("CREATE TRIGGER board_attendees_no_change BEFORE UPDATE ON board_attendees"
                            " BEGIN SELECT RAISE(ABORT, 'attendees are recorded once'); END"),
             QStringLiteral("CREATE TRIGGER board_attendees_no_delete BEFORE DELETE ON board_attendees"
                            " BEGIN SELECT RAISE(ABORT, 'attendees are recorded once'); END"),
         }},
        // 3: the course of the disease. Therapy lines per patient (stopping one is an UPDATE: the row
        // is never deleted); results get an optional upper limit of normal, a RECIST response and a
        // note for imaging, and a board agenda entry gets the question put to the board; the
        // assessments' patient index also covers the date and protocol. The results
        // table is rebuilt because SQLite cannot change a CHECK constraint: imaging rows may now carry
        // a RECIST response instead of the first vocabulary's outcome. Old rows are copied as they are
        // (id, outcome and all); stored assessments are not touched.
        {3,
         {
             QStringLiteral(
                 "CREATE TABLE therapy_lines ("
                 " id INTEGER PRIMARY KEY,"
                 " patient_id INTEGER NOT NULL REFERENCES patients (id),"
                 " therapy TEXT NOT NULL," // a therapy code of the knowledge base (checked by the service)
                 " start_date TEXT NOT NULL,"
                 " stop_date TEXT,"
                 " stop_reason TEXT CHECK (stop_reason IN ('progression', 'toxicity', 'completed', 'patient_choice',"
                 "  'death', 'other')),"
                 " best_response TEXT CHECK (best_response IN ('CR', 'PR', 'SD', 'PD', 'NE')),"
                 " note TEXT NOT NULL DEFAULT '',"
                 " created_at TEXT NOT NULL,"
                 " CHECK ((stop_date IS NULL AND stop_reason IS NULL)"
                 "     OR (stop_date IS NOT NULL AND stop_reason IS NOT NULL AND stop_date >= start_date)))"),
             QStringLiteral("CREATE INDEX therapy_lines_patient ON therapy_lines (patient_id, start_date)"),
             QStringLiteral("CREATE INDEX therapy_lines_stopped ON therapy_lines (patient_id, stop_date)"),
             QStringLiteral("CREATE TRIGGER therapy_lines_no_delete BEFORE DELETE ON therapy_lines"
                            " BEGIN SELECT RAISE(ABORT, 'therapy lines are kept'); END"),
             QStringLiteral(
                 "CREATE TABLE results_v3 ("
                 " id INTEGER PRIMARY KEY,"
                 " patient_id INTEGER NOT NULL REFERENCES patients (id),"
                 " followup_item_id INTEGER REFERENCES followup_items (id),"
                 " kind TEXT NOT NULL CHECK (kind IN ('CGA', '5HIAA', 'NTPROBNP', 'IMAGING')),"
                 " value REAL,"
                 " unit TEXT,"
                 " outcome TEXT CHECK (outcome IN ('response', 'stable', 'progression')),"
                 " result_date TEXT NOT NULL,"
                 " created_at TEXT NOT NULL,"
                 " uln REAL CHECK (uln IS NULL OR uln > 0),"
                 " response TEXT CHECK (response IN ('CR', 'PR', 'SD', 'PD', 'NE')),"
                 " note TEXT,"
                 " CHECK ((kind = 'IMAGING' AND (outcome IS NOT NULL OR response IS NOT NULL) AND value IS NULL"
                 "         AND uln IS NULL)"
                 "     OR (kind <> 'IMAGING' AND value IS NOT NULL AND unit IS NOT NULL AND outcome IS NULL"
                 "         AND response IS NULL)))"),
             QStringLiteral("INSERT INTO results_v3 (id, patient_id, followup_item_id, kind, value, unit, outcome,"
                            " result_date, created_at)"
                            " SELECT id, patient_id, followup_item_id, kind, value, unit, outcome, result_date,"
                            " created_at FROM results"),
             QStringLiteral("DROP TABLE results"),
             QStringLiteral("ALTER TABLE results_v3 RENAME TO results"),
             QStringLiteral("CREATE INDEX results_patient ON results (patient_id, kind, result_date)"),
             QStringLiteral("ALTER TABLE board_cases ADD COLUMN question TEXT NOT NULL DEFAULT ''"),
             // The latest assessment's date and protocol from the index alone: the review list reads
             // them for every patient, and an assessment row (case and plan inline) fills a page.
             QStringLiteral("CREATE INDEX assessments_latest ON assessments (patient_id, id, assessment_date, protocol)"),
             QStringLiteral("DROP INDEX assessments_patient"),
         }},
    };
}

int Database::currentVersion()
{
    return schema().back().version;
}

} // namespace netdesk
