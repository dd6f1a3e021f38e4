package vn.tdkt.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tdkt.it.browser.pages.MovementPage;
import vn.tdkt.it.browser.pages.MovementsPage;

/**
 * A movement's life in headless Chromium: the board's appraiser launches a province movement with a plan and two
 * criteria (a wrong score is refused beside its cell first, then the rows are reordered), Công an's clerk registers the titles the unit aims
 * for, and the registration table and summary show it to the board; another unit's clerk sees only its own.
 */
abstract class MovementJourney extends BrowserTest {

    @Test
    void theBoardLaunchesAMovementAClerkRegistersAndTheBoardSeesTheRegistration() {
        String year = String.valueOf(LocalDate.now().getYear() + 1);
        String name = "Thi đua \"Dân vận khéo\" năm " + year;

        login.signInAs("appraiser");
        MovementsPage movements = MovementsPage.open(browser).startNew()
                .type("name", name)
                .type("plan", "Kế hoạch số 20/KH-UBND: xây dựng mô hình “Dân vận khéo” ở các cơ quan khối Nội chính.")
                .type("starts-on", "01/01/" + year)
                .type("ends-on", "31/12/" + year)
                .type("registration-deadline", "31/03/" + year)
                .criterion(0, "Xây dựng mô hình dân vận khéo", "70", "2", true)
                .criterion(1, "Nhân rộng điển hình tiên tiến", "0", "1", false)
                .save();
        assertThat(browser.pageText()).contains("Phải lớn hơn 0 và không quá 9999.99");
        // The second criterion corrected and moved first: the table's order is the criteria's numbering.
        movements.criterion(1, "Nhân rộng điển hình tiên tiến", "30", "1", false).moveUp(1).save();
        assertThat(browser.pageText()).contains("Đã phát động phong trào \"" + name + "\"");
        assertThat(movements.rows()).filteredOn(row -> row.contains(name)).singleElement()
                .satisfies(row -> assertThat(row).contains("Ban Thi đua – Khen thưởng tỉnh", "31/03/" + year));

        login.signInAs("clerk2");
        MovementPage movement = MovementsPage.open(browser).openMovement(name);
        assertThat(movement.plan()).contains("“Dân vận khéo”");
        assertThat(movement.criteria()).hasSize(2);
        assertThat(movement.criteria().get(0)).startsWith("1").contains("Nhân rộng điển hình tiên tiến", "30",
                "Không bắt buộc");
        assertThat(movement.criteria().get(1)).startsWith("2").contains("Xây dựng mô hình dân vận khéo", "70");
        movement.collectiveTitle("Tập thể lao động xuất sắc").people("Lao động tiên tiến", 25)
                .people("Chiến sĩ thi đua cơ sở", 3).register();
        assertThat(movement.messages()).contains("Đã lưu bản đăng ký danh hiệu của đơn vị");
        assertThat(movement.registrations()).singleElement().satisfies(row -> assertThat(row)
                .contains("Công an tỉnh", "Tập thể lao động xuất sắc", "Lao động tiên tiến: 25",
                        "Chiến sĩ thi đua cơ sở: 3", "Lê Thị Hồng Nhung"));

        login.signInAs("clerk");
        assertThat(MovementsPage.open(browser).openMovement(name).registrations()).isEmpty();

        login.signInAs("appraiser");
        MovementPage board = MovementsPage.open(browser).openMovement(name);
        assertThat(board.registrations()).singleElement()
                .satisfies(row -> assertThat(row).contains("Công an tỉnh", "Tập thể lao động xuất sắc"));
        assertThat(board.summary()).anySatisfy(row -> assertThat(row).contains("Lao động tiên tiến", "25"));
    }
}
