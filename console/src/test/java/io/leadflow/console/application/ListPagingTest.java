package io.leadflow.console.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListPagingTest {

    @Test
    void links_the_first_the_last_and_the_pages_around_the_current_one_with_gaps_between() {
        ListPaging paging = new ListPaging(10, 50, 100_000);

        assertThat(paging.pages()).isEqualTo(2000);
        assertThat(paging.links()).containsExactly(0, -1, 8, 9, 10, 11, 12, -1, 1999);
        assertThat(paging.firstItem()).isEqualTo(501);
        assertThat(paging.lastItem()).isEqualTo(550);
    }

    @Test
    void the_last_page_may_be_short_and_has_no_next() {
        ListPaging paging = new ListPaging(2, 50, 120);

        assertThat(paging.links()).containsExactly(0, 1, 2);
        assertThat(paging.hasNext()).isFalse();
        assertThat(paging.hasPrevious()).isTrue();
        assertThat(paging.lastItem()).isEqualTo(120);
    }

    @Test
    void an_empty_list_is_one_page_without_items() {
        ListPaging paging = new ListPaging(0, 50, 0);

        assertThat(paging.pages()).isEqualTo(1);
        assertThat(paging.links()).containsExactly(0);
        assertThat(paging.firstItem()).isZero();
        assertThat(paging.hasNext()).isFalse();
    }
}
