package vn.tdkt.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authorization table of {@code docs/authorization.md}, read as the tests need it: each door (an HTTP method
 * and path, with {@code {subject}} placeholders) and what each account of the table's header gets there. Rows of
 * the actions table name a page's action ({@code view.method}) and the page it is posted to.
 */
final class DoorTable {

    /** What a door answers an account. */
    enum Answer {
        /** The door opens: the page, file or answer the account asked for. */
        ALLOWED("✓"),
        /** Refused: 403, or 404 / a page without the subject, exactly as for something that does not exist. */
        REFUSED("✗"),
        /** Not signed in: sent to the sign-in page (pages) or answered 401 (REST API). */
        SIGN_IN("login");

        private final String mark;

        Answer(String mark) {
            this.mark = mark;
        }

        static Answer of(String cell) {
            return Arrays.stream(values()).filter(a -> a.mark.equals(cell.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Not an answer of the table: " + cell));
        }

        String mark() {
            return mark;
        }
    }

    /** A door: {@code GET /app/proposal.xhtml?id={draft}}; the answer per account. */
    record Door(String method, String path, Map<String, Answer> answers) {

        String name() {
            return method + " " + path;
        }
    }

    /** An action of a page: {@code taskView.approve} posted on {@code /app/task.xhtml}. */
    record Action(String expression, String page, String allowed) {
    }

    private final List<String> accounts;
    private final List<Door> doors;
    private final List<Action> actions;

    private DoorTable(List<String> accounts, List<Door> doors, List<Action> actions) {
        this.accounts = accounts;
        this.doors = doors;
        this.actions = actions;
    }

    /** The table as packaged with the tests ({@code authorization.md} beside the test classes). */
    static DoorTable load() {
        try (InputStream in = DoorTable.class.getResourceAsStream("/authorization.md")) {
            if (in == null) {
                throw new IllegalStateException("authorization.md is not packaged with the tests");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DoorTable parse(String markdown) {
        List<String> accounts = null;
        List<Door> doors = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        boolean actionTable = false;
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("|") || line.startsWith("|---") || line.startsWith("| ---")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
                    .map(String::strip).toList();
            if (cells.get(0).equals("Door")) {
                accounts = cells.subList(1, cells.size());
                actionTable = false;
            } else if (cells.get(0).equals("Action")) {
                actionTable = true;
            } else if (actionTable) {
                actions.add(new Action(unquote(cells.get(0)), unquote(cells.get(1)), cells.get(2)));
            } else if (accounts != null) {
                String door = unquote(cells.get(0));
                int space = door.indexOf(' ');
                Map<String, Answer> answers = new LinkedHashMap<>();
                for (int i = 0; i < accounts.size(); i++) {
                    answers.put(accounts.get(i), Answer.of(cells.get(i + 1)));
                }
                doors.add(new Door(door.substring(0, space), door.substring(space + 1), answers));
            }
        }
        if (accounts == null || doors.isEmpty()) {
            throw new IllegalStateException("authorization.md has no table of doors");
        }
        return new DoorTable(accounts, doors, actions);
    }

    private static String unquote(String cell) {
        return cell.replace("`", "").strip();
    }

    List<String> accounts() {
        return accounts;
    }

    List<Door> doors() {
        return doors;
    }

    List<Action> actions() {
        return actions;
    }
}
