/** Engine-wide facts: product versions and other values every layer shares. */
package nnwb.core;
