package org.pavilion.shared.money;

/** An amount or currency that cannot be money: answered as a 400 on input. */
public class InvalidMoney extends RuntimeException {
    public InvalidMoney(String message) {
        super(message);
    }
}
