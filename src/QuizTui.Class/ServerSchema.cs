
namespace QuizTui.Class;

/// <summary>One step of a class's server schema, from the version before it to <see cref="Version"/>.</summary>
internal sealed record ServerMigration(int Version, string Description, Func<ClassNames, string> Sql);

/// <summary>
/// A class's tables, roles' rights and row-level security on the server, versioned in the class's
/// <c>schema_version</c> table. Migrations only go forward, each in its own transaction, and are never
/// edited once released: a change is a new migration at the end of <see cref="Migrations"/>.
/// </summary>
/// <remarks>
/// Who sees what is PostgreSQL's to enforce, not the app's: a student's login is in the class's
/// student role, which may insert and read only rows whose <c>student</c> is <c>current_user</c>, read
/// the published packs, and nothing else. The instructor role reads every table and adds packs.
/// Tables belong to the login that set the class up.
/// </remarks>
internal static partial class ServerSchema
{
    /// <summary>Version 1: students, published packs, answers and finished runs, with rights and row-level security.</summary>
    private static string V1(ClassNames n)
    {
        string s = ClassNames.Quote(n.Schema), students = ClassNames.Quote(n.StudentRole), instructors = ClassNames.Quote(n.InstructorRole);
        // A removed student's login is disabled; this also refuses a connection it still had open.
        string active = $"EXISTS (SELECT 1 FROM {s}.students st WHERE st.role = current_user AND st.removed_at IS NULL)";
        return $"""
            CREATE TABLE {s}.schema_version (
                version integer NOT NULL
            );
            INSERT INTO {s}.schema_version (version) VALUES (0);

            CREATE TABLE {s}.students (
                role       text        PRIMARY KEY,
                name       text        NOT NULL,
                added_at   timestamptz NOT NULL DEFAULT now(),
                removed_at timestamptz
            );
            CREATE UNIQUE INDEX students_active_name ON {s}.students (name) WHERE removed_at IS NULL;

            CREATE TABLE {s}.packs (
                event_id     text        NOT NULL,
                version      integer     NOT NULL,
                title        text        NOT NULL,
                digest       text        NOT NULL,
                published_at timestamptz NOT NULL DEFAULT now(),
                published_by text        NOT NULL DEFAULT current_user,
                PRIMARY KEY (event_id, version)
            );

            CREATE TABLE {s}.pack_files (
                event_id text    NOT NULL,
                version  integer NOT NULL,
                path     text    NOT NULL,
                content  text    NOT NULL,
                PRIMARY KEY (event_id, version, path),
                FOREIGN KEY (event_id, version) REFERENCES {s}.packs (event_id, version)
            );

            CREATE TABLE {s}.answers (
                id              uuid             PRIMARY KEY,
                student         text             NOT NULL DEFAULT current_user,
                attempt_id      uuid             NOT NULL,
                run_kind        text             NOT NULL,
                event_id        text             NOT NULL,
                quiz_id         text             NOT NULL,
                question_id     text             NOT NULL,
                question_type   text             NOT NULL,
                skill           text             NOT NULL,
                answer          text             NOT NULL,
                answer_text     text             NOT NULL,
                score           double precision NOT NULL,
                verdict         text             NOT NULL,
                time_taken_ms   bigint           NOT NULL,
                answered_at     timestamptz      NOT NULL,
                answered_offset integer          NOT NULL,
                received_at     timestamptz      NOT NULL DEFAULT clock_timestamp()
            );

            CREATE TABLE {s}.finished_runs (
                attempt_id     uuid             PRIMARY KEY,
                student        text             NOT NULL DEFAULT current_user,
                run_kind       text             NOT NULL,
                event_id       text             NOT NULL,
                quiz_id        text             NOT NULL,
                question_count integer          NOT NULL,
                score          double precision NOT NULL,
                started_at     timestamptz      NOT NULL,
                finished_at    timestamptz      NOT NULL,
                received_at    timestamptz      NOT NULL DEFAULT clock_timestamp()
            );

            ALTER TABLE {s}.students ENABLE ROW LEVEL SECURITY;
            ALTER TABLE {s}.answers ENABLE ROW LEVEL SECURITY;
            ALTER TABLE {s}.finished_runs ENABLE ROW LEVEL SECURITY;

            CREATE POLICY student_reads_self ON {s}.students FOR SELECT TO {students} USING (role = current_user);
            CREATE POLICY student_reads_own ON {s}.answers FOR SELECT TO {students} USING (student = current_user);
            CREATE POLICY student_adds_own ON {s}.answers FOR INSERT TO {students} WITH CHECK (student = current_user AND {active});
            CREATE POLICY student_reads_own ON {s}.finished_runs FOR SELECT TO {students} USING (student = current_user);
            CREATE POLICY student_adds_own ON {s}.finished_runs FOR INSERT TO {students} WITH CHECK (student = current_user AND {active});
            CREATE POLICY instructor_reads_all ON {s}.students FOR SELECT TO {instructors} USING (true);
            CREATE POLICY instructor_reads_all ON {s}.answers FOR SELECT TO {instructors} USING (true);
            CREATE POLICY instructor_reads_all ON {s}.finished_runs FOR SELECT TO {instructors} USING (true);

            REVOKE ALL ON SCHEMA {s} FROM PUBLIC;
            REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM PUBLIC;
            GRANT USAGE ON SCHEMA {s} TO {students}, {instructors};
            GRANT SELECT ON {s}.schema_version, {s}.students, {s}.packs, {s}.pack_files TO {students};
            GRANT SELECT, INSERT ON {s}.answers, {s}.finished_runs TO {students};
            GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {instructors};
            GRANT INSERT ON {s}.packs, {s}.pack_files TO {instructors};
            """;
    }

    /// <summary>
    /// Version 2: live updates and a fast report. A statement trigger announces new answers on the
    /// class's channel (no payload: a listener learns only that something arrived); a row trigger keeps
    /// <c>answer_tally</c>, the answers counted per student, question, verdict and wrong answer, so the
    /// report reads thousands of rows rather than millions; an index gives each student's latest
    /// answers per skill.
    /// </summary>
    private static string V2(ClassNames n)
    {
        string s = ClassNames.Quote(n.Schema), students = ClassNames.Quote(n.StudentRole), instructors = ClassNames.Quote(n.InstructorRole);
        string channel = n.Channel.Replace("'", "''", StringComparison.Ordinal);
        return $"""
            CREATE TABLE {s}.answer_tally (
                student       text             NOT NULL,
                event_id      text             NOT NULL,
                quiz_id       text             NOT NULL,
                question_id   text             NOT NULL,
                verdict       text             NOT NULL,
                answer        text             NOT NULL,
                question_type text             NOT NULL,
                skill         text             NOT NULL,
                answer_text   text             NOT NULL,
                answers       integer          NOT NULL,
                score_sum     double precision NOT NULL,
                last_at       timestamptz      NOT NULL,
                PRIMARY KEY (student, event_id, quiz_id, question_id, verdict, answer)
            );
            {FillTally(n)}

            CREATE FUNCTION {s}.count_answer() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
            BEGIN
                INSERT INTO {s}.answer_tally AS t
                    VALUES (NEW.student, NEW.event_id, NEW.quiz_id, NEW.question_id, NEW.verdict,
                            CASE WHEN NEW.verdict IN ('wrong', 'partial') THEN NEW.answer ELSE '' END,
                            NEW.question_type, NEW.skill,
                            CASE WHEN NEW.verdict IN ('wrong', 'partial') THEN NEW.answer_text ELSE '' END,
                            1, NEW.score, NEW.answered_at)
                    ON CONFLICT (student, event_id, quiz_id, question_id, verdict, answer) DO UPDATE
                    SET answers = t.answers + 1, score_sum = t.score_sum + excluded.score_sum,
                        last_at = greatest(t.last_at, excluded.last_at), answer_text = excluded.answer_text;
                RETURN NULL;
            END
            $body$;
            REVOKE ALL ON FUNCTION {s}.count_answer() FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION {s}.count_answer() TO {students};
            CREATE TRIGGER answers_tally AFTER INSERT ON {s}.answers FOR EACH ROW EXECUTE FUNCTION {s}.count_answer();

            CREATE FUNCTION {s}.announce_answers() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $body$
            BEGIN
                PERFORM pg_notify('{channel}', '');
                RETURN NULL;
            END
            $body$;
            CREATE TRIGGER answers_announce AFTER INSERT ON {s}.answers FOR EACH STATEMENT EXECUTE FUNCTION {s}.announce_answers();
            CREATE TRIGGER runs_announce AFTER INSERT ON {s}.finished_runs FOR EACH STATEMENT EXECUTE FUNCTION {s}.announce_answers();

            CREATE INDEX answers_recent_by_skill ON {s}.answers (student, skill, answered_at DESC);

            REVOKE ALL ON {s}.answer_tally FROM PUBLIC;
            GRANT SELECT ON {s}.answer_tally TO {instructors};
            """;
    }

    /// <summary>Counts every answer into the (empty) tally of version 2, when it is created.</summary>
    internal static string FillTally(ClassNames n)
    {
        string s = ClassNames.Quote(n.Schema);
        return $"""
            INSERT INTO {s}.answer_tally
                SELECT student, event_id, quiz_id, question_id, verdict,
                       CASE WHEN verdict IN ('wrong', 'partial') THEN answer ELSE '' END,
                       max(question_type), max(skill),
                       CASE WHEN verdict IN ('wrong', 'partial') THEN max(answer_text) ELSE '' END,
                       count(*), sum(score), max(answered_at)
                FROM {s}.answers
                GROUP BY 1, 2, 3, 4, 5, 6;
            """;
    }

    public static readonly IReadOnlyList<ServerMigration> Migrations =
    [
        new(1, "students, packs, answers and finished runs; rights and row-level security", V1),
        new(2, "live updates and the answer tally for the report", V2),
        new(3, "summaries for the report and live updates, in place of the tally and announcements", V3),
    ];

    public static int LatestVersion => Migrations[^1].Version;
}
