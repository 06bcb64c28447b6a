/**
 * Recipes: one small class per scenario with a {@code main}, showing how a shop backend embeds
 * Waybill. Run one with {@code java -cp examples/target/waybill.jar dev.waybill.examples.recipes.AssessOneShipment}.
 */
package dev.waybill.examples.recipes;
