/**
 * The production as every service knows it: the vocabulary of budget-service's master record that the
 * {@code production.*} events carry (kind, status, delegated producer) and the one shape in which crew, rights and
 * distribution serve their copy of it. Types of the published contract, shared so that the four OpenAPI documents
 * say the same thing under the same name. {@link fr.bobine.platform.production.ProductionCopies} keeps those three
 * copies in step with the events, with one rule: an older or equal version never overwrites a newer copy.
 */
package fr.bobine.platform.production;
