/**
 * Three tiny features, only for {@code ModulithStructureTest}: beta opens alpha's pages through {@code AlphaPages},
 * gamma uses alpha's view itself. Plain classes: no Spring bean, no route, nothing the application loads.
 */
package org.colloquy.modulefixture;
