package fr.bobine.platform.http;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The page of a list a client asks for: {@code ?page=0&size=20}, pages counted from 0, at most 200 items, at most
 * 100 000 pages (20 million items at the largest size: more than any list holds, and an offset that stays an int).
 */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(100_000)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(200)
    public int size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int offset() {
        return page * size;
    }

    public int totalPages(long totalItems) {
        return (int) ((totalItems + size - 1) / size);
    }

    /** The next page's number, or null on the last page. */
    public Integer nextPage(long totalItems) {
        return (long) (page + 1) * size < totalItems ? page + 1 : null;
    }
}
