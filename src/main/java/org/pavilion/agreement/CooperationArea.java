package org.pavilion.agreement;

/** A field an agreement covers and a commitment belongs to. */
public enum CooperationArea {
    ECONOMY_TRADE, INVESTMENT, STARTUPS, AGRICULTURE, HEALTHCARE, CLIMATE_ENVIRONMENT, YOUTH_EXCHANGE, TOURISM, CULTURE, OTHER
}
