package fr.bobine.platform.http;

import jakarta.ws.rs.BadRequestException;

/** A query, path or header parameter that cannot be read; answered as a 400 problem naming it. */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String reason;

    public InvalidParameterException(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
